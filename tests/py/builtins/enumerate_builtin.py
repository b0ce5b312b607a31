e = enumerate(["a", "b", "c"])
print(e is iter(e), next(e), list(e), list(e))
print(list(enumerate("xy", 10)), list(enumerate([], 3)), list(enumerate(range(3), start=-2)))
print(list(enumerate(enumerate("ab"))))
try:
    enumerate()
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate([1], "0")
except TypeError as e:
    print(type(e).__name__, e)
print(list(enumerate("ab", 2 ** 70)))
for i, (a, b) in enumerate(zip("ab", "cd"), 1):
    print(i, a, b)
