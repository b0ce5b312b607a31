print(int(), int(5), int(-5.9), int(5.9), int(True))
print(int("42"), int("  -42  "), int("+7"), int("1_000"), int("0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("z", 36), int("10", 2), int("777", 8), int("-101", 2))
print(int("10", 0), int("0", 0))
for bad in ["", "abc", "1.5", "1__0", "_1", "0x", " ", "1 2", "١٢٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("12", 37)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("010", 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(12, 10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
print(int(b"12"), int(bytearray(b"-3")))
print(int(1e20), int(-1.5e3), int(2.5), int(-0.5))
class HasInt:
    def __int__(self): return 99
class HasIndex:
    def __index__(self): return 7
print(int(HasInt()), int(HasIndex()))
print(int(x="5") if False else "skip")
print(int("1" * 50))
