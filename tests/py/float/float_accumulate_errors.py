total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0, round(total, 10) == 1.0)
print(sum([0.1] * 10), 0.1 * 10, 1 - 0.9, 0.3 - 0.1)
vals = [1e16, 1.0, -1e16]
print(sum(vals), vals[0] + vals[1] + vals[2], (vals[0] + vals[2]) + vals[1])
x = 1.0
for _ in range(60):
    x /= 2
print(x, x * 2 ** 60)
print(2 ** -1074, 2 ** -1075 == 0.0, 2.0 ** 1023 * 2 == float("inf"))
