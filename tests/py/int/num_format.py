# format() / f-strings / %-formatting of big ints, floats, complex, bool
# and subclasses (their __format__ with an empty spec uses __str__).
def t(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
B = 2**100 + 12345
for spec in ["", "d", ",", "_", "x", "X", "#x", "o", "#o", "b", "_b", "e", ".3e", "f", ".2%", "g", "n", "c", "+", " ", "=+40", "^50", "040", "s", "10.3"]:
    t(f"big {spec!r}", lambda: format(B, spec))
    t(f"negbig {spec!r}", lambda: format(-B, spec))
for spec in ["", "g", ".0f", "#.0f", "e", ".17g", "%", ".1%", ",.2f", "_.3f", "010.2f", "z.1f", "+g", "-^12.3", "a", "d", ".1000f"]:
    t(f"float {spec!r}", lambda: format(-1234.5678, spec))
t("format inf", lambda: [format(float("inf"), s) for s in ["", "f", "e", "%", "010", "+"]])
t("format nan", lambda: [format(float("nan"), s) for s in ["", "F", "E", "%"]])
t("format complex", lambda: [format(1.5 - 2.25j, s) for s in ["", "g", ".1f", "e", "+.2", "^30", ">30.2f"]])
t("format complex bad", lambda: format(1j, "%"))
t("format complex zero pad", lambda: format(1j, "010"))
t("fstr", lambda: f"{B:,} {-B:#x} {3.5:>8.2f} {1e100:.3g} {12:08b} {True:d} {False!s:>6}")
t("percent", lambda: "%d %i %x %o %e %f %g %s %r" % (B, -B, B, B, 1.5, 2.5, 1e-10, B, 2.5))
t("percent float d", lambda: "%d" % 3.99)
t("percent big float", lambda: "%.3f" % 2**70)
t("bin big", lambda: (bin(-B), oct(B), hex(-B)))
t("width huge", lambda: format(5, "99999999999999999999"))
t("prec huge", lambda: format(1.5, ".99999999999999999999f"))
t("int format float type", lambda: format(2**1100, "f"))
t("bool fmt", lambda: (format(True, "^6"), format(False, "x"), format(True, ".2f"), format(True, "%")))
class I(int):
    def __str__(self): return "I!"
class F(float):
    def __str__(self): return "F!"
t("subclass format empty", lambda: (format(I(5), ""), format(F(1.5), ""), f"{I(5)}", f"{F(2.5)}"))
t("subclass format spec", lambda: (format(I(5), "03"), format(F(1.5), ".2f")))
t("repr sub", lambda: (repr(I(5)), repr(F(1.5)), str(I(5))))
