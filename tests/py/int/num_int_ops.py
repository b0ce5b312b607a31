# int arithmetic: int64 fast paths, promotion to big ints and back, the
# errors of division, shifts and powers.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

M = 9223372036854775807
t("add overflow", lambda: M + 1)
t("sub overflow", lambda: -M - 2)
t("mul overflow", lambda: M * M)
t("back inline", lambda: (M + 1) - 1)
t("neg min", lambda: -(-M - 1))
t("abs min", lambda: abs(-M - 1))
t("floordiv min", lambda: (-M - 1) // -1)
t("mod min", lambda: (-M - 1) % -1)
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (10**20, 7), (-10**20, 7), (10**20, -10**19 - 3)]:
    t(f"{a} // {b}", lambda: a // b)
    t(f"{a} % {b}", lambda: a % b)
    t(f"divmod({a}, {b})", lambda: divmod(a, b))
for a, b in [(1, 0), (10**30, 0), (0, 0)]:
    t("floordiv zero", lambda: a // b)
    t("mod zero", lambda: a % b)
    t("truediv zero", lambda: a / b)
    t("divmod zero", lambda: divmod(a, b))
t("truediv exact", lambda: 6 / 3)
t("truediv 2**53+1", lambda: (2**53 + 1) / 1)
t("truediv big", lambda: 10**40 / 3)
t("truediv bigs", lambda: (10**400 + 1) / 10**399)
t("truediv huge", lambda: 2**2000 / 3)
t("truediv tiny", lambda: 1 / 2**2000)
t("truediv neg zero", lambda: -0 / 5)
for b, e in [(2, 10), (2, 63), (2, 64), (-2, 63), (3, 40), (-3, 41), (10, 25), (7, 0), (0, 0), (1, 10**20), (-1, 10**20 + 1)]:
    t(f"{b} ** {e}", lambda: b ** e)
t("pow neg exp", lambda: 2 ** -2)
t("pow neg exp odd", lambda: (-2) ** -3)
t("pow zero neg", lambda: 0 ** -1)
t("pow big neg", lambda: 10 ** -400)
t("pow float exp", lambda: 4 ** 0.5)
t("pow neg base frac", lambda: (-8) ** (1 / 3))
t("pow huge base neg exp", lambda: (2**2000) ** -1)
t("pow3", lambda: pow(3, 200, 1000007))
t("pow3 neg exp", lambda: pow(3, -1, 7))
t("pow3 neg mod", lambda: pow(2, 10, -7))
t("pow3 not invertible", lambda: pow(2, -1, 4))
t("pow3 zero mod", lambda: pow(2, 3, 0))
t("pow3 float", lambda: pow(2.0, 3, 5))
t("pow3 big", lambda: pow(12345678901234567890, 98765432109876543210, 10**30 + 57))
for a, n in [(1, 0), (1, 62), (1, 63), (1, 64), (-1, 63), (-1, 64), (3, 100), (0, 10**30), (5, -1)]:
    t(f"{a} << {n}", lambda: a << n)
for a, n in [(-5, 1), (5, 1), (-1, 100), (2**100, 99), (-(2**100), 99), (-(2**100), 200), (7, -1), (7, 2**70)]:
    t(f"{a} >> {n}", lambda: a >> n)
t("shift huge count", lambda: 1 << 2**70)
for a, b in [(12, 10), (-12, 10), (-12, -10), (2**70 + 5, -3), (-(2**70), 2**65 - 1)]:
    t(f"bits {a} {b}", lambda: (a & b, a | b, a ^ b, ~a))
t("unsupported @", lambda: 3 @ 4)
t("unsupported &", lambda: 3 & 1.5)
t("unsupported + None", lambda: 3 + None)
x = 5
x += 2 ** 70
x -= 2 ** 70
x *= 3
x //= 2
x **= 3
x %= 1000
x <<= 3
x >>= 1
x |= 1
x &= 0xff
x ^= 0x0f
print("aug", x, type(x).__name__)
t("reflected", lambda: (5).__rsub__(3))
t("notimpl", lambda: (5).__add__(1.5))
t("notimpl str", lambda: (5).__mul__("a"))
