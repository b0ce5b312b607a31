# float(): strings, numbers, the protocol; repr; methods; rounding; hex.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for s in ["1", " -1.5e3 ", "1_000.000_1", "+.5", "5.", "1E+2", "1e-400", "-1e-400", "1e400", "inf", "-Infinity", "NaN",
          "+nan", "  \t1.25\n", "١.٥", "\u00a03\u2003", "", ".", "e1", "1e", "1_", "_1", "1__0", "0x10", "1.2.3", "in f",
          "infinit", "nan1", "1 2", "x" * 100]:
    t(f"float({s[:12]!r})", lambda: float(s))
t("float bytes", lambda: float(b"2.5"))
t("float bytes bad", lambda: float(b"x"))
t("float bytearray", lambda: float(bytearray(b"-1")))
t("float int", lambda: float(2**53 + 1))
t("float big", lambda: float(10**400))
t("float neg big", lambda: float(-(10**308)))
t("float bool", lambda: float(True))
t("float none", lambda: float(None))
t("float complex", lambda: float(1j))
t("float kw", lambda: float(x=1))
t("float 2 args", lambda: float(1, 2))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 2**70
class BadF:
    def __float__(self): return 1
class BigI:
    def __index__(self): return 10**400
for o in [F(), I(), BadF(), BigI()]:
    t(f"float({type(o).__name__})", lambda: float(o))
for x in [0.0, -0.0, 1.0, 0.1, 1 / 3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 5e-324, 1.7976931348623157e308,
          2.5, 1e22, 1e23, 9007199254740993.0, 4.35, 1.1 * 3, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), str(x), x.hex(), x.is_integer(), float.fromhex(x.hex()) == x or x != x)
for x in [0.5, 0.1, -2.25, 1e-300, 3.0, 2.0**60]:
    print(x.as_integer_ratio())
t("ratio inf", lambda: float("inf").as_integer_ratio())
t("ratio nan", lambda: float("nan").as_integer_ratio())
for s in ["0x1.8p1", "-0x1p-2", "0X1P+0", "1", "0x.1", "  0x1.fffffffffffffp1023  ", "0x1p1024", "0x1p-1074", "0x1p-1075",
          "0x3p-1076", "0x1.00000000000008p0", "0x1.00000000000018p0", "inf", "-NaN", "0x", "1p", "0x1.2.3", "0x1p1.5"]:
    t(f"fromhex({s!r})", lambda: float.fromhex(s))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 3.7, -3.7, 2.4999, 1e300, 0.0, -0.0]:
    print(v, round(v), type(round(v)).__name__, v.__trunc__(), v.__floor__(), v.__ceil__(), int(v))
for v, n in [(3.14159, 2), (3.14159, 0), (1234.5678, -2), (-1234.5678, -1), (0.125, 2), (0.375, 2), (2.675, 2),
             (1.005, 2), (1e300, 2), (123.456, -5), (5e-324, 330), (1.5, -400), (1.5, 400), (2.5, 2**70),
             (-0.0, 1), (1.7976931348623157e308, -308), (float("inf"), 2), (float("nan"), 1)]:
    t(f"round({v}, {n})", lambda: round(v, n))
t("round inf", lambda: round(float("inf")))
t("round nan", lambda: round(float("nan")))
t("round none", lambda: round(2.5, None))
t("round kw", lambda: (2.5).__round__(ndigits=1))
t("floor inf", lambda: float("inf").__floor__())
print((2.5).conjugate(), (2.5).real, (2.5).imag, float.from_number(5), float.from_number(2.5), float.from_number(True))
t("from_number str", lambda: float.from_number("5"))
for x in [0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e300, float("inf"), float("-inf")]:
    print("hash", x, hash(x) == hash(x), hash(x) == hash(int(x)) if x.is_integer() else "-")
print(hash(0.5) == hash(0.5 + 0j), hash(-1.0), hash(float("inf")), hash(float("-inf")))
class Money(float):
    pass
m = Money(2.5)
print(m, repr(m), type(m).__name__, m + 1, type(m + 1).__name__, -m, type(-m).__name__, float(m), type(float(m)).__name__)
print(Money("1.5"), Money(), m.hex(), m.is_integer(), m == 2.5, hash(m) == hash(2.5), isinstance(m, float))
print(round(m), type(round(m)).__name__, Money.fromhex("0x1p1"), type(Money.fromhex("0x1p1")).__name__)
