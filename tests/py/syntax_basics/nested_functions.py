def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())
def make_adders():
    return [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in make_adders()])
def late_binding():
    return [lambda v: v + i for i in range(3)]
print([f(10) for f in late_binding()])
def shadowing():
    x = "outer"
    def g():
        x = "inner"
        return x
    return g(), x
print(shadowing())
