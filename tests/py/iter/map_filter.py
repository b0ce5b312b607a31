print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "a", [], [0], None])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(map(len, ["", "ab", "abc"])))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
calls = []
def noisy(x):
    calls.append(x)
    return x * 10
lazy = map(noisy, range(5))
print(calls)
print(next(lazy), calls)
f = filter(lambda v: v > 2, [1, 5, 2, 7])
print(list(f), list(f))
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x: x, 5))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda *a: sum(a), [1, 2], [3, 4], [5, 6])))
print(list(map(str.upper, filter(str.isalpha, "a1b2"))))
print(list(map(lambda x, y: (x, y), "abc", [1, 2], strict=False)) if False else "skip")
try:
    list(map(lambda x, y: (x, y), "abc", [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
