f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, type(f).__name__, frozenset(), repr(frozenset()))
print(f | {9}, type(f | {9}).__name__, type({9} | f).__name__, f & {1, 5}, f - {1})
print(hash(f) == hash(frozenset([1, 2, 3])), {f: "key"}[frozenset({1, 2, 3})])
print(f == {1, 2, 3}, {1, 2, 3} == f, {frozenset([1]), frozenset([1])})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
nested = {frozenset({1, 2}), frozenset({2, 1}), frozenset()}
print(len(nested))
print(frozenset("ab") == frozenset("ba"), f.union([7]), f.copy() is f)
print(sorted(frozenset({5, -2, 8})))
