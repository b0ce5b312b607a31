t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.count(1), t.index(4), t.index(1, 2), len(t), min(t), max(t), sum(t), sorted(t), t[2:5])
print(list(reversed(t)), tuple(reversed(t)), list(enumerate(t[:3])), 9 in t)
it = iter(t)
print(next(it), next(it), type(it).__name__)
print(tuple(x for x in t if x > 3), tuple(map(str, t[:3])))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(1, 4, 5)
except ValueError as e:
    print(type(e).__name__, e)
print(t.__len__(), t.__getitem__(-1), t.__contains__(3), (1, 2).__add__((3,)), (1,).__mul__(3))
