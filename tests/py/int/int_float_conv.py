print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 3))
print(float(10 ** 20), float(-(2 ** 63)))
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    10 ** 400 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(10 ** 400 // 10 ** 399)
print((10 ** 400) / (10 ** 399))
print(1 / 3 * 3 == 1, 2 ** 0.5 * 2 ** 0.5)
print(int(1e16), int(1.9999999999999999), int(-2.5))
print(7 // 2.5, -7 // 2.5, 7 % -2.5)
