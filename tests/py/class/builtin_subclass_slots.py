class I(int): pass
i = I(2**200); i.tag = "t"; print(i, i.tag, i + 1, sorted(I.__dict__))
class S(str): __slots__ = ()
print(S("x"))
class F(float):
    __slots__ = ("u",)
f = F(1.5); f.u = "m"; print(f, f.u)
class D(dict):
    __slots__ = ("a", "b")
d = D(x=1); d.a = 1; d.b = [d]; print(d, d.a, len(d.b))
class E(Exception):
    __slots__ = ("code",)
e = E("boom"); e.code = 7; e.other = 1
print(e.code, e.other, e.args, sorted(E.__dict__))
class L(list):
    __slots__ = ("tag",)
l = L([3, 1, 2]); l.tag = "t"; l.sort()
print(l, l.tag, hasattr(l, "__dict__"))
try:
    l.nope = 1
except AttributeError as err:
    print(err)
