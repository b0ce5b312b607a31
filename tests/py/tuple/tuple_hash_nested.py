t = (1, (2, 3), frozenset([4]), "s", None, 2.5)
print(hash(t) == hash((1, (2, 3), frozenset([4]), "s", None, 2.5)))
cache = {}
def key(*args, **kwargs):
    return args + tuple(sorted(kwargs.items()))
cache[key(1, 2, b=3, a=4)] = "x"
print(cache, key(1, 2, a=4, b=3) in cache)
grid = {(r, c): r * 3 + c for r in range(2) for c in range(3)}
print(grid[(1, 2)], grid[1, 0], sorted(grid)[:3])
print((1, 2, 3)[::-1], (0,) * 0, ((1,) + (2,)) * 2)
