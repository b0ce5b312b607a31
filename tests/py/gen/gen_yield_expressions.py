def g():
    x = yield
    print("x =", x)
    y = (yield x * 2) + 1
    print("y =", y)
    z = yield
    print("z =", z)
it = g()
print(next(it))
print(it.send(5))
print(it.send(10))
try:
    it.send("last")
except StopIteration:
    print("done")
def doubler():
    result = None
    while True:
        value = yield result
        result = None if value is None else value * 2
d = doubler()
next(d)
print([d.send(v) for v in [1, "ab", [0], None]])
def yield_in_expr():
    a = yield 1
    b = yield a, 2
    return (a, b)
e = yield_in_expr()
print(next(e), e.send("A"))
try:
    e.send("B")
except StopIteration as s:
    print(s.value)
