vals = [0.1] * 10
print(sum(vals), sum(vals) == 1.0)
print(sum([1e100, 1.0, -1e100]))
total = 0.0
for v in vals:
    total += v
print(total)
print(1.1 + 2.2, 3.3 * 3, 1.2 - 1.0, 100 * 1.1)
print(4.0 == 4)
print(float("1.0000000000000002"), float("0.99999999999999994"))
print(0.1 + 0.7, 0.7 + 0.1 == 0.8)
print(2 ** 0.5 ** 2, (2 ** 0.5) ** 2)
print(min(0.1, 0.10000000000000001), 1e-5 * 1e5)
print(9.95 * 10, 1.15 * 100, 37.5 / 100)
