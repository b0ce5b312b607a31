class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o):
        print(f"  {self}.__add__({o!r})")
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self}.__radd__({o!r})")
        if isinstance(o, int): return Num(o + self.v)
        return NotImplemented
    def __rsub__(self, o):
        return Num(o - self.v)
    def __rtruediv__(self, o):
        return Num(o / self.v)
    def __rpow__(self, o):
        return Num(o ** self.v)
    def __rmatmul__(self, o):
        return "rmatmul"
print(Num(1) + Num(2))
print(Num(1) + 5)
print(5 + Num(1))
print(sum([Num(1), Num(2), Num(3)]))
print(10 - Num(3), 1 / Num(4), 2 ** Num(10), [1] @ Num(0))
try:
    "x" + Num(1)
except TypeError as e:
    print(type(e).__name__, e)
class SubNum(Num):
    def __radd__(self, o):
        print(f"  SubNum radd first")
        return "sub wins"
print(Num(1) + SubNum(2))
class A:
    def __add__(self, o): return NotImplemented
class B:
    def __radd__(self, o): return NotImplemented
try:
    A() + B()
except TypeError as e:
    print(type(e).__name__, e)
class Both:
    def __eq__(self, o): return NotImplemented
print(Both() == Both(), Both() != Both())
class Lt:
    def __lt__(self, o):
        return "Lt.__lt__"
class Gt:
    def __gt__(self, o):
        return "Gt.__gt__"
print(Lt() < Gt(), Gt() > Lt(), Lt() > Lt(), Gt() < Gt())
try:
    Gt() < Lt()
except TypeError as e:
    print(type(e).__name__, e)
