data = [5, -2, 9, 0, -7, 3]
loop = []
for v in data:
    if v > 0:
        loop.append(v * v)
print(loop == [v * v for v in data if v > 0], loop)
pairs_loop = []
for a in range(3):
    for b in range(a):
        pairs_loop.append((a, b))
print(pairs_loop == [(a, b) for a in range(3) for b in range(a)])
d = {}
for i, ch in enumerate("hello"):
    d[ch] = i
print(d == {ch: i for i, ch in enumerate("hello")}, d)
print(set(data) == {v for v in data}, list(map(abs, data)) == [abs(v) for v in data])
