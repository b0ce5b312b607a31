def divmod_pair(a, b):
    return a // b, a % b
q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(17, 5))
def stats(*nums):
    return min(nums), max(nums), sum(nums) / len(nums)
lo, hi, avg = stats(4, 8, 15, 16, 23, 42)
print(lo, hi, avg)
points = [(1, 2), (3, 4), (5, 6)]
xs, ys = zip(*points)
print(xs, ys)
for i, (x, y) in enumerate(points):
    print(i, x * y)
(a, b), (c, d) = points[:2]
print(a, b, c, d)
swap = lambda p: (p[1], p[0])
print(list(map(swap, points)))
t = 1,
print(t, len(t))
u = ()
print(u == tuple(), len(u))
first, *_, last = range(10)
print(first, last, _)
