print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 3), sum(range(5), start=100))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "a"]), all([1, 0]))
print(min([3, 1, 2]), max("hello"), min(3, 1, 2), max([1, 2], [1, 3]), min([], default="empty"), max((), default=None))
print(max(["aa", "b", "ccc"], key=len), min(["aa", "b", "ccc"], key=len), max([1, -5, 3], key=abs))
print(max([2, 2.0]), max([2.0, 2]), min([1, True]), max(1, 2, key=lambda v: -v))
print(sorted([3, 1, 2], reverse=True), list(reversed(sorted("bca"))))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sum([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(v) for v in [1, 0, 3]), calls)
