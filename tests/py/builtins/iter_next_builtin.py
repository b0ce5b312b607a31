it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
print(list(iter("ab")), list(iter((1,))), list(iter({1: 2})), sorted(iter({3, 1})))
vals = [5, 4, 3, 0, 9]
pos = [0]
def pop():
    v = vals[pos[0]]
    pos[0] += 1
    return v
print(list(iter(pop, 0)))
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
print(type(iter([])).__name__, type(iter(())).__name__, type(iter({})).__name__, type(iter(range(1))).__name__, type(iter(set())).__name__)
