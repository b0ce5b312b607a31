print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-1)))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(*[(1, 2), (3, 4), (5, 6)])))
print(list(zip(range(3), range(10, 13), range(20, 23))))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [4, 5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [3, 4], [5], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    zip(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
pulled = []
def gen():
    for i in range(5):
        pulled.append(i)
        yield i
print(list(zip(gen(), "ab")), pulled)
print(dict(enumerate("hi")), list(zip("ab", enumerate("cd"))))
