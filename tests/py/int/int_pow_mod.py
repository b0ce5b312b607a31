print(pow(2, 10), pow(2, 10, 1000), pow(3, 4, 5), pow(-3, 3, 7), pow(3, -1, 7))
print(pow(5, -2, 13), pow(7, 0, 1), pow(10 ** 30, 10 ** 5, 97))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(2, 0.5), pow(-8, 1 / 3))
print(pow(4, -1), pow(0, 0), pow(-1, 10 ** 20))
print(2 ** 10 ** 1 ** 5)
print(pow(base=3, exp=3), pow(2, 5, mod=3))
