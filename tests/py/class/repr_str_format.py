class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x!r}, {self.y!r})"
    def __str__(self): return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return "polar!"
        return format(str(self), spec)
p = Point(1, "a")
print(p, repr(p), str(p), [p], (p,), {"k": p}, f"{p}", f"{p!r}", f"{p:polar}", f"{p:>12}", "%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr()))
class OnlyStr:
    def __str__(self): return "only-str"
s = OnlyStr()
print(s, [str(s)], repr(s).startswith("<__main__.OnlyStr object at 0x"))
class Inherit(Point):
    pass
print(Inherit(2, 3), repr(Inherit(2, 3)))
class ReprNonStr:
    def __repr__(self): return 42
try:
    print(ReprNonStr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr(Point).startswith("<class '__main__.Point'>"), str(Point))
class Meta(type):
    def __repr__(cls): return f"<Meta class {cls.__name__}>"
class WithMeta(metaclass=Meta): pass
print(WithMeta, [WithMeta])
