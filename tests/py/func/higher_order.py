def compose(*fns):
    def composed(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def curry(f, n):
    def curried(*args):
        if len(args) >= n:
            return f(*args)
        return lambda *more: curried(*args, *more)
    return curried
add3 = curry(lambda a, b, c: a + b + c, 3)
print(add3(1)(2)(3), add3(1, 2)(3), add3(1)(2, 3), add3(1, 2, 3))
def flip(f):
    return lambda a, b: f(b, a)
print(flip(pow)(2, 10), flip(divmod)(3, 17))
def counter_factory():
    counts = {}
    def count(f):
        def wrapper(*a):
            counts[f.__name__] = counts.get(f.__name__, 0) + 1
            return f(*a)
        return wrapper
    return count, counts
count, counts = counter_factory()
@count
def square(x): return x * x
@count
def cube(x): return x ** 3
print([square(i) for i in range(3)], cube(2), counts)
print(list(map(compose(str, dbl), [1, 2])), sorted([3, 1, 2], key=compose(lambda v: -v)))
