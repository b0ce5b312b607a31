print(0.1 + 0.2, 0.1 * 3, 1.0 - 0.9, 3.0 / 2, 7.0 // 2, 7.0 % 2)
print(-7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(2.0 ** 10, 2.0 ** -1, (-8.0) ** 2, 4.0 ** 0.5, 0.0 ** 0)
print((-8.0) ** (1 / 3))
print(1e308 + 1e308, -1e308 - 1e308, 1e-320 / 10, 5e-324 / 2)
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf / inf, -inf * -1, 1 / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, inf > 1e308)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.3))
print(10.0 % 3.3, -0.0 % 5, 0.0 % -5)
print(abs(-0.0), -0.0 == 0.0, 1 / 3 + 1 / 3 + 1 / 3)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__)
try:
    (-2.0) ** 0.5
except ValueError as e:
    print(type(e).__name__, e)
else:
    print("complex result", (-2.0) ** 0.5)
print(1e200 * 1e200, -1e200 * 1e200)
print(round(2.675, 2), 2.675 * 100)
