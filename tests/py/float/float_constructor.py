print(float(), float(3), float("3.5"), float("  -2.5e3 "), float("1_000.5"))
print(float("inf"), float("-INF"), float("+nan"), float("1e500"), float("-1e500"))
print(float(".5"), float("5."), float("0x10" if False else "16"), float(True))
for bad in ["", "abc", "1.2.3", "1e", "e5", "0x1p3", "1__0", "- 1", "in f"]:
    try:
        print(float(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1.0], {}]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 7
print(float(F()), float(I()))
class BadF:
    def __float__(self): return "x"
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(float(b"1.5"), float("\u0661.\u0662"))
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (1.5).hex(), (0.1).hex(), (-0.0).hex())
