big = 2 ** 63
print(float(big) == big, float(big) + 1 == big + 1, big + 1 > float(big), big - 1 < float(big))
print(10 ** 16 + 1 == 1e16, 10 ** 16 + 1 > 1e16, 9007199254740993 > 9007199254740992.0)
print(0.1 < 1 / 9, 1 / 3 == 0.3333333333333333, 3 * (1 / 3) == 1.0)
vals = [3, 2.5, -1, 10 ** 20, 1e20, float("inf"), -float("inf")]
print(sorted(vals))
print(max(1e20, 10 ** 20), max(10 ** 20, 1e20), 1e20 == 10 ** 20, 1e23 == 10 ** 23)
