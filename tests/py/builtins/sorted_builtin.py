print(sorted([3, 1, 2]), sorted("cba"), sorted((2, 1)), sorted({3: "a", 1: "b"}), sorted([]), sorted(range(3, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower), sorted([-3, 2, -1], key=abs))
data = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True))
original = [2, 1]
result = sorted(original)
print(original, result, result is not original)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([[1, 2], [1], [0, 5]]), sorted([(1, "b"), (1, "a")]), sorted([True, False, 0.5]))
