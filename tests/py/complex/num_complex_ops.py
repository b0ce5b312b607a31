# complex: repr, arithmetic with 3.14's mixed-mode rules, powers, errors,
# the constructor and parsing.
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

inf, nan = float("inf"), float("nan")
for z in [0j, -0j, 1j, -1j, 1 + 1j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0), complex(1e20, 1e-20),
          complex(inf, 1), complex(1, nan), complex(-inf, -inf), complex(2, 0), 1e16j, complex(0.1, 0.2), 1.5e300j]:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z))
print([abs(z) for z in [3 + 4j, -5j, complex(0.75, -1), complex(inf, nan), complex(nan, 1), 1e300 + 1e300j]])
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** -2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a - 1, 1 - a, a * 2, 2 * a, a / 2, 2 / a, a + 1.5, 1.5 - a, a * 0.5, 0.5 / a)
print(complex(inf, 0) * 0, complex(inf, 0) * 0.0, complex(inf, 0) * (0 + 0j), complex(1, 0) * inf)
print(complex(inf, nan) * 2, (1 + 1j) * complex(inf, 0), complex(nan, inf) * complex(nan, inf))
print(complex(1, 1) / complex(inf, nan), complex(inf, 1) / complex(1, 1), 1 / complex(inf, inf), complex(1e300, 1e300) / complex(1e-300, 1e-300))
for n in [0, 1, 2, 3, 5, -1, -3, 100, 0.5, -0.5, 2 + 3j]:
    t(f"(1+1j) ** {n}", lambda: (1 + 1j) ** n)
for base, e in [(0j, 0), (0j, 2), (0j, -1), (0j, 1j), (0j, 2.5), (0j, -2.5), (0j, 0j), (1e200j, 2), (2, 1j), (-1, 0.5), (1j, 2)]:
    t(f"{base} ** {e}", lambda: base ** e)
t("pow3", lambda: pow(1j, 2, 3))
for d in [0, 0.0, 0j, False]:
    t(f"div {d!r}", lambda: (1 + 2j) / d)
    t(f"rdiv {d!r}", lambda: 5 / complex(d))
t("floordiv", lambda: (1 + 2j) // 2)
t("mod", lambda: (1 + 2j) % 2)
t("divmod", lambda: divmod(1j, 1))
t("lt", lambda: 1j < 2j)
t("gt int", lambda: (1 + 1j) > 0)
t("invert", lambda: ~1j)
t("abs overflow", lambda: abs(complex(1.7e308, 1.7e308)))
t("abs inf nan", lambda: abs(complex(nan, inf)))
t("big int", lambda: 10**400 + 1j)
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1 + 1j == 1, 2**53 + 1 + 0j == 2**53 + 1, (1 + 2j) != (1 + 2j))
print(hash(1 + 0j) == hash(1), hash(complex(2.5, 0)) == hash(2.5), hash(1 + 2j))
for args in [(), (1,), (1, 2), (1.5, -0.0), (-0.0, 0.0), ("1+2j",), (" (3-4j) ",),
             ("1", 2), (1, "2"), (None,), (1, None), ([1],), (b"1",), (10**400,), (1, 10**400)]:
    t(f"complex{args!r}", lambda: complex(*args))
t("complex kw", lambda: complex(real=1, imag=2))
t("complex imag kw", lambda: complex(imag=3))
t("complex real str kw", lambda: complex(real="1"))
t("complex bad kw", lambda: complex(x=1))
t("complex 3 args", lambda: complex(1, 2, 3))
class C:
    def __complex__(self): return 5 + 5j
class CF:
    def __float__(self): return 2.5
class CI:
    def __index__(self): return 3
class Bad:
    def __complex__(self): return 5
for args in [(C(),), (1, C()), (CF(),), (CF(), CI()), (Bad(),)]:
    t(f"complex({', '.join(type(x).__name__ for x in args)})", lambda: complex(*args))
for s in ["1", "1j", "-j", "j", "+j", "+1J", "1e3+2e-1j", "(1+2j)", " ( 3-4j ) ", "inf+nanj", "-infj", "infinityj",
          "1_0+2_0j", ".5-.5j", "1+j", "1-J", "1e5", "1.j", "nanj", "-nan-nanj", "\u0661+\u0662j",
          "1+", "j1", "1+2i", "(1+2j", "1+2j)", "1 + 2j", "", "()", "1e", "1__0j", "1_j", "_1j", "1j_", "1+2j+3j", "1jj"]:
    t(f"complex({s!r})", lambda: complex(s))
print(complex.from_number(5), complex.from_number(1.5), complex.from_number(1j))
t("from_number str", lambda: complex.from_number("1"))
for spec in ["", ".2f", "10.1f", "^20", "+.1e", "g", ".3", "x", "=10"]:
    t(f"format({spec!r})", lambda: format(1.5 - 2j, spec))
print((1 + 2j).__getnewargs__(), (1 + 2j).__complex__(), complex.__name__, complex.__mro__)
z = 1 + 1j
z += 1
z *= 2j
z -= 0.5
z /= 2
z **= 2
print("aug", z)
