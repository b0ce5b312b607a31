# t-strings: concatenation, read-only attributes, unsupported operations
x = 1
t = t"a{x}"
Template = type(t)
I = type(t.interpolations[0])
def tr(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
tr(lambda: t + t)
tr(lambda: t + t"z" + t"{x!r}")
tr(lambda: Template("x", I(1)) + Template(I(2), "y"))
tr(lambda: t + "s")
tr(lambda: "s" + t)
tr(lambda: t + 1)
tr(lambda: 1 + t)
tr(lambda: t * 2)
tr(lambda: Template.__add__(t, 1))
tr(lambda: Template.__add__(t, t))
class R:
    def __radd__(self, other):
        return "radd"
tr(lambda: t + R())
def iadd():
    u = t
    u += t"z"
    return u
tr(iadd)
def iadd_str():
    u = t
    u += "z"
    return u
tr(iadd_str)
def set_strings():
    t.strings = ()
tr(set_strings)
def set_values():
    t.values = ()
tr(set_values)
def del_interps():
    del t.interpolations
tr(del_interps)
def set_other():
    t.foo = 1
tr(set_other)
def set_value():
    I(1).value = 2
tr(set_value)
def set_other_i():
    I(1).foo = 2
tr(set_other_i)
tr(lambda: len(t))
tr(lambda: t[0])
tr(lambda: x in t)
tr(lambda: t < t)
tr(lambda: format(t))
tr(lambda: f"{t.interpolations[0]}")
