# int(): strings in every base, floats, the number protocol; repr, str,
# hash of small values, comparisons with floats, methods.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for s in ["0", "-0", "+12", " 42 ", "\t\n7\x0b\x0c\r", "1_000_000", "0b1_01", "0o17", "0xDEAD_beef", "00", "0_0"]:
    t(f"int({s!r})", lambda: int(s))
for s, b in [("0b101", 0), ("0o17", 0), ("0x1f", 0), ("0x_1f", 16), ("z", 36), ("Z", 36), ("101", 2), ("777", 8),
             ("10", 0), ("010", 0), ("0_7", 0), ("  -ff  ", 16), ("1", 1), ("1", 37), ("12", -1), ("9", 8)]:
    t(f"int({s!r}, {b})", lambda: int(s, b))
for s in ["", " ", "1 2", "_1", "1_", "1__0", "0x", "1.0", "1e3", "++1", "٣", "１２", "\u00a012\u2003", "x" * 210]:
    t(f"int({s[:20]!r})", lambda: int(s))
t("int base kw", lambda: int("11", base=2))
t("int x kw", lambda: int(x=1))
t("int 3 args", lambda: int(1, 2, 3))
t("int base only", lambda: int(base=10))
t("int base float", lambda: int("10", 2.5))
t("int base big", lambda: int("10", 2**70))
t("int non-str base", lambda: int(12, 10))
t("int bytes", lambda: int(b" 12 "))
t("int bytes bad", lambda: int(b"1x"))
t("int bytearray", lambda: int(bytearray(b"-7")))
for f in [0.0, -0.0, 1.9, -1.9, 1e18, 2.0**63, -2.0**63, 1e300, float("inf"), float("-inf"), float("nan")]:
    t(f"int({f!r})", lambda: int(f))
class HasInt:
    def __int__(self): return 42
class HasIndex:
    def __index__(self): return 7
class HasBoth:
    def __int__(self): return 1
    def __index__(self): return 2
class HasTrunc:
    def __trunc__(self): return 3
class BadInt:
    def __int__(self): return "x"
class BadIndex:
    def __index__(self): return 1.5
for o in [HasInt(), HasIndex(), HasBoth(), HasTrunc(), BadInt(), BadIndex(), None, [1], 1j]:
    t(f"int({type(o).__name__})", lambda: int(o))
for v in [0, 1, -1, 255, -256, 2**63, -(2**63) - 1, 10**30]:
    print(v, repr(v), str(v), bin(v), oct(v), hex(v), v.bit_length(), v.bit_count())
for v in [0, 1, -1, -2, 2**61 - 2, 2**61 - 1, 2**61, 10**18]:
    print("hash", v, hash(v) if abs(v) < 2**31 else "-", hash(v) == hash(float(v)))
print(1 == 1.0, 2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), -(2**63) == -2.0**63)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"), 1 < float("nan"), 1 != float("nan"))
print(sorted([3, 1.5, -2, 10**20, 1e19, True, False]))
print((255).to_bytes(2, "big"), (255).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True))
print((2**64 - 1).to_bytes(8), int.from_bytes(b"\xff\xff", "little", signed=True), int.from_bytes([1, 2, 3]))
t("to_bytes overflow", lambda: (256).to_bytes(1))
t("to_bytes negative", lambda: (-1).to_bytes(1))
t("to_bytes signed edge", lambda: ((-128).to_bytes(1, signed=True), (127).to_bytes(1, signed=True)))
t("to_bytes signed over", lambda: (128).to_bytes(1, signed=True))
t("to_bytes zero len", lambda: (0).to_bytes(0))
t("to_bytes zero len bad", lambda: (1).to_bytes(0))
t("from_bytes range", lambda: int.from_bytes([1, 256]))
t("from_bytes str", lambda: int.from_bytes("ab"))
t("bool from_bytes", lambda: bool.from_bytes(b"\x00\x01"))
print((10).as_integer_ratio(), (-3).as_integer_ratio(), (5).conjugate(), (5).real, (5).imag, (5).numerator, (5).denominator)
print((7).__trunc__(), (7).__floor__(), (7).__ceil__(), (7).__index__(), (7).__int__(), (7).__float__(), (7).is_integer())
for v, n in [(15, -1), (25, -1), (35, -1), (-25, -1), (1234, -2), (1250, -2), (1350, -2), (5, 2), (12345, -10), (2**70 + 2**69, -20)]:
    t(f"round({v}, {n})", lambda: round(v, n))
t("round(5)", lambda: round(5))
t("round float n", lambda: round(5, 1.5))
t("round kw", lambda: (5).__round__(ndigits=1))
for spec in ["", "d", "5d", "<5", "^7", "+", " ", "x", "#X", "#b", "o", ",", "_", "_x", "08", "e", ".2f", "%", "c", "n", "s"]:
    t(f"format(1234, {spec!r})", lambda: format(1234, spec))
    t(f"format(-2**70, {spec!r})", lambda: format(-2**70, spec))
t("format big e", lambda: format(10**400, "e"))
t("format big c", lambda: format(2**70, "c"))
t("format spec type", lambda: (5).__format__(5))
t("str limit", lambda: str(10**4300))
t("str limit ok", lambda: len(str(10**4299)))
t("int limit", lambda: int("1" * 4301))
t("hex no limit", lambda: len(hex(10**5000)))
