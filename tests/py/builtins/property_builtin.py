class C:
    def __init__(self): self._v = 0
    def getv(self): return self._v
    def setv(self, v): self._v = v
    def delv(self): print("deleter")
    v = property(getv, setv, delv, "doc of v")
    ro = property(lambda self: "read-only")
c = C()
c.v = 5
print(c.v, C.v.__doc__, type(C.v).__name__, C.v.fget is C.getv, C.v.fset is C.setv)
del c.v
print(c.ro)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = property()
class D:
    x = p
try:
    D().x
except AttributeError as e:
    print(type(e).__name__, e)
p2 = property(lambda self: 1).setter(lambda self, v: print("set", v))
class E:
    y = p2
E().y = 3
print(E().y)
print(property(fget=None, doc="just doc").__doc__)
class WithDoc:
    @property
    def documented(self):
        "getter doc"
        return 1
print(WithDoc.documented.__doc__)
