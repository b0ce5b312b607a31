# float arithmetic and its special cases: signed zeros, inf and nan,
# floor division and modulo signs, float_pow, mixed int/float.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        # the errno of an overflow differs between platforms
        if isinstance(e, OverflowError) and len(e.args) == 2:
            print(label, "OverflowError: (errno, strerror)")
        else:
            print(label, type(e).__name__ + ":", e)

inf, nan = float("inf"), float("nan")
for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (0.0, 5.0), (-0.0, 5.0), (0.0, -5.0), (1.0, 0.1),
             (1e308, 1e-308), (5.0, inf), (-5.0, inf), (5.0, -inf), (inf, 2.0), (nan, 1.0), (3.0, nan)]:
    t(f"{a} // {b}", lambda: a // b)
    t(f"{a} % {b}", lambda: a % b)
    t(f"divmod({a}, {b})", lambda: divmod(a, b))
for a in [1.0, -1.0, 0.0, inf, nan]:
    t(f"{a} / 0.0", lambda: a / 0.0)
    t(f"{a} // 0", lambda: a // 0)
    t(f"{a} % -0.0", lambda: a % -0.0)
for a, b in [(2.0, 10), (2.0, -1), (2.0, 0.5), (-8.0, 3), (-8.0, 1 / 3), (-2.0, 0.5), (0.0, 0), (0.0, 3), (-0.0, 3),
             (-0.0, 4), (0.0, -1), (-0.0, -1.5), (1.0, nan), (nan, 0), (nan, 1), (-1.0, inf), (0.5, inf), (0.5, -inf),
             (2.0, inf), (2.0, -inf), (inf, 3), (-inf, 3), (-inf, 2), (-inf, -3), (-inf, -2), (inf, -0.5),
             (10.0, 400), (10.0, -400), (-10.0, 401), (1e300, 2), (1.5, 2**2000)]:
    t(f"{a} ** {b}", lambda: a ** b)
t("pow3 float", lambda: pow(2.0, 2, 3))
t("int ** float", lambda: 10 ** 400.0)
t("mixed add", lambda: 2**63 + 0.5)
t("mixed big", lambda: 2**1024 + 0.5)
t("mixed eq", lambda: (2**53 + 1) + 0.0 == 2**53 + 1)
t("mixed rsub", lambda: 1 - 0.75)
t("int / float", lambda: 7 / 2.0)
t("int // float", lambda: 7 // 2.5)
t("int % float", lambda: -7 % 2.5)
t("neg zero", lambda: (-0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, -(0.0), abs(-0.0)))
t("inf ops", lambda: (inf + inf, inf - inf, inf * 0, inf / inf, -inf * -inf, 1 / inf, -1 / inf))
t("nan cmp", lambda: (nan == nan, nan != nan, nan < 1, nan >= nan, [nan] == [nan]))
t("shift", lambda: 1.5 << 1)
t("invert", lambda: ~1.5)
t("and", lambda: 1.5 & 1)
t("matmul", lambda: 1.5 @ 1.5)
t("str", lambda: 1.5 + "x")
t("radd notimpl", lambda: (1.5).__radd__("x"))
t("rpow", lambda: (2.0).__rpow__(3))
t("rmod", lambda: (2.5).__rmod__(7))
t("rfloordiv", lambda: (2.5).__rfloordiv__(-7))
t("overflow mul", lambda: 1e308 * 10)
t("underflow", lambda: 5e-324 / 2)
x = 1.5
x += 1
x *= 4
x -= 0.5
x /= 3
x //= 0.5
x %= 2.5
x **= 2
print("aug", x)
