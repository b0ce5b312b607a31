a = frozenset({1, 2, 3})
b = frozenset({3, 4})
print(a | b, a & b, a - b, a ^ b, type(a | b).__name__)
print(a.union(b), a.intersection([3]), a.difference({1}), a.symmetric_difference(b), a.isdisjoint(b))
s = {1, 2}
print(type(s | a).__name__, type(a | s).__name__, s == frozenset(s), {a: 1}[frozenset([3, 2, 1])])
groups = {frozenset(): "empty", frozenset({1}): "one"}
print(groups[frozenset()], len(groups))
