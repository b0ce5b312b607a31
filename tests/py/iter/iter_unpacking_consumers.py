def gen():
    yield 1
    yield 2
    yield 3
a, b, c = gen()
print(a, b, c)
first, *rest = gen()
print(first, rest)
print([*gen(), *gen()], {*gen()}, (*gen(),))
print(list(gen()), tuple(gen()), set(gen()), dict.fromkeys(gen()), "".join(map(str, gen())))
print(sorted(gen(), reverse=True), sum(gen()), max(gen()), min(gen()), len(list(gen())))
print(dict(zip(gen(), gen())), list(enumerate(gen())))
try:
    x, y = gen()
except ValueError as e:
    print(type(e).__name__, e)
try:
    w, x, y, z = gen()
except ValueError as e:
    print(type(e).__name__, e)
def f(*args): return args
print(f(*gen()), f(*"ab", *gen()))
print(2 in gen(), 5 in gen())
