def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
g = count(3)
print(type(g).__name__, next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count(5)), sum(count(101)))
def trace():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
t = trace()
print("created")
print(next(t))
print(next(t))
print(next(t, "done"))
print(next(t, "again"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
print(iter(g) is g, g.__next__ is not None)
