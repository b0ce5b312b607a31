sq = lambda x: x * x
print(sq(5), sq.__name__, (lambda: "no args")(), (lambda *a, **k: (a, k))(1, b=2))
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=5, a=1))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: p[0]))
compose = lambda f, g: lambda x: f(g(x))
inc_then_sq = compose(sq, lambda x: x + 1)
print(inc_then_sq(3))
print(list(map(lambda x: x if x > 0 else 0, [-1, 2, -3, 4])))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda x, /, y, *, z: (x, y, z))(1, 2, z=3))
cond = lambda x: "even" if x % 2 == 0 else "odd"
print([cond(i) for i in range(4)])
print((lambda: (yield 1))().__class__.__name__)
