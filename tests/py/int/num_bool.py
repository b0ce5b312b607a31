# bool: a subclass of int whose & | ^ keep bools.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for a in [False, True]:
    for b in [False, True]:
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b, type(a & b).__name__)
t("and int", lambda: True & 3)
t("or int", lambda: False | 2)
t("true div", lambda: True / 2)
t("floordiv", lambda: True // 2)
t("pow", lambda: True ** 10)
t("neg", lambda: -True)
t("pos", lambda: +True)
t("abs", lambda: abs(False))
t("shift", lambda: True << 70)
t("div zero", lambda: 1 / False)
t("mod", lambda: 5 % True)
t("float add", lambda: True + 0.5)
t("complex add", lambda: True + 1j)
print(repr(True), str(False), int(True), float(True), complex(True), hash(True), hash(False))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("x"), bool([]), bool([0]), bool(None), bool(0j))
t("bool kw", lambda: bool(x=1))
t("bool 2 args", lambda: bool(1, 2))
t("subclass", lambda: type("B", (bool,), {}))
print(isinstance(True, int), issubclass(bool, int), True == 1, {True: "a", 1: "b"})
print(format(True), format(True, "d"), format(False, "^7"), format(True, "x"), f"{True:>5}", f"{False!r}")
t("format s", lambda: format(True, "s"))
print(True.real, True.imag, True.numerator, True.denominator, True.bit_length(), True.as_integer_ratio(), True.conjugate())
print(True.__round__(), round(True, 2), type(round(True)).__name__, sum([True, True, False]), max(True, 2))
print(bool.__mro__, bool.__name__, type(True).__name__)
