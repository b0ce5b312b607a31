print(set(), set([3, 1, 3]), set("aa"), set(range(4)), set({"k": 1}), set((1, 2)) == {1, 2})
print(frozenset(), frozenset([1, 1, 2]), frozenset("a"), type(frozenset()).__name__)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
f = frozenset([1, 2])
print(frozenset(f) is f, set(f) is f, len(set(x for x in range(3))))
