print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1, 1 != 1)
print(-5 < -4, -(10 ** 30) < 10 ** 30, 10 ** 30 == 10 ** 30)
print(1 == 1.0, 1 < 1.5, 2 ** 63 == 2.0 ** 63, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(1 == True, 0 == False, 2 == True)
print(1 == "1", 1 != "1")
try:
    1 < "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] > 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    None >= 0
except TypeError as e:
    print(type(e).__name__, e)
print(max(3, 10 ** 20, -5), min(3, 10 ** 20, -5))
print(sorted([5, -3, 10 ** 20, 0, -(10 ** 20), 2]))
print(float("nan") == 1, 1 < float("nan"), 1 > float("nan"))
