data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
running = 0
print([running := running + v for v in data], running)
def f():
    out = [last := v for v in range(4)]
    return out, last
print(f())
print([[j for j in range(i)] for i in range(4)])
print([(i, j) for i in range(3) for j in range(3) if i < j if (i + j) % 2])
print({k: [w for w in ["ab", "ac", "bd"] if w[0] == k] for k in "ab"})
print([x for x in (y for y in range(10) if y % 2) if x > 3])
