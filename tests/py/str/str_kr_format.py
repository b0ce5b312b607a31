# str.format / format_map / format() / __format__ with CPython's errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

class P:
    x = 3
    def __init__(self): self.items = [10, 20]
    def __format__(self, spec): return "P<" + spec + ">"

class Q:
    pass

t("basic", lambda: "{} {} {}".format(1, "a", 2.5))
t("index", lambda: "{1} {0} {1}".format("a", "b"))
t("kw", lambda: "{x} {y!r}".format(x=1, y="s"))
t("attr", lambda: "{0.x} {0.items[1]}".format(P()))
t("item key", lambda: "{0[a]} {0[b]}".format({"a": 1, "b": 2}))
t("nested", lambda: "{:{w}.{p}f}".format(3.14159, w=10, p=3))
t("nested auto", lambda: "{:{}}|".format("ab", 6))
t("user format", lambda: "{:abc} {}".format(P(), P()))
t("object spec", lambda: "{:>5}".format(Q()))
t("conv a", lambda: "{!a}".format("\u00e9"))
t("conv bad", lambda: "{!x}".format(1))
t("single {", lambda: "{".format())
t("single }", lambda: "}".format())
t("escaped", lambda: "{{}} {{{0}}}".format(7))
t("switch1", lambda: "{0}{}".format(1, 2))
t("switch2", lambda: "{}{0}".format(1, 2))
t("missing kw", lambda: "{nope}".format())
t("missing idx", lambda: "{3}".format(1))
t("bad code", lambda: "{:d}".format("a"))
t("bad attr", lambda: "{0.nope}".format(1))
t("empty attr", lambda: "{0.}".format(1))
t("bad bracket", lambda: "{0[}".format(1))
t("not subscriptable", lambda: "{0[0]}".format(1))
t("recursion", lambda: "{:{:{}}}".format(1, 2, 3))
t("format_map", lambda: "{a}-{b}".format_map({"a": 1, "b": 2}))
t("format_map pos", lambda: "{0}".format_map({}))
t("format_map missing", lambda: "{z}".format_map({}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
t("format_map missing hook", lambda: "{a} {b}".format_map(D(a=1)))
t("format int", lambda: [format(255, f) for f in ["", "x", "#X", "08b", ",", "_", "+", "^9", "c"]])
t("format float", lambda: [format(1234.5678, f) for f in ["", ".2f", "e", ".3g", "%", ",.1f", "=+12.2f"]])
t("format str", lambda: [format("abc", f) for f in ["", "5", ">5", "^7", "*<6", ".2", "s"]])
t("format bool", lambda: [format(True, ""), format(True, "d"), format(False, ">5")])
t("format big", lambda: format(2**100, ","))
t("format bad spec", lambda: format(1, "zz"))
t("format spec type", lambda: format(1, 1))
t("format obj spec", lambda: format(object(), "x"))
t("str dunder", lambda: "ab".__format__(">4"))
t("str dunder int", lambda: "ab".__format__(4))
t("fstring", lambda: f"{'x':*^9}|{12345:_}|{3.5:08.2f}|{-7:+d}")
t("fstring conv", lambda: f"{'a'!r:>6}|{P()}|{P():q}")
