print(int(), int("  12  "), int(3.99), int(-3.99), int("1010", 2), int("z", 36), int(True), int("0b11", 0))
print(float(), float("  1.5  "), float(2), float("-inf"), float("1e-3"), float("NaN"))
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("one")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("5", base=1)
except ValueError as e:
    print(type(e).__name__, e)
print(int("  -0x1F  ", 16), int("٣"), float("  ٣.٥ "))
class T:
    def __trunc__(self): return 9
try:
    print(int(T()))
except TypeError as e:
    print(type(e).__name__, e)
