class Acc:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Acc({self.v})"
    def __iadd__(self, o):
        self.v += o
        return self
    def __add__(self, o):
        return Acc(self.v + o)
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return Acc(self.v * o)
    def __isub__(self, o):
        return "isub returned a string"
a = Acc(1)
orig = a
a += 5
print(a, a is orig)
a *= 3
print(a, a is orig)
a -= 1
print(a)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
o = OnlyAdd(1)
before = o
o += 1
print(o.v, o is before)
class IOr:
    def __init__(self): self.items = []
    def __ior__(self, o):
        self.items.append(o)
        return self
x = IOr()
x |= 1
x |= 2
print(x.items)
try:
    n = None
    n += 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s = "a"
    s -= "b"
except TypeError as e:
    print(type(e).__name__, e)
lst = [1]
tpl = (lst,)
try:
    tpl[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(tpl)
class Ipow:
    def __ipow__(self, o): return f"ipow {o}"
    def __imatmul__(self, o): return f"imatmul {o}"
    def __ifloordiv__(self, o): return f"ifloordiv {o}"
    def __imod__(self, o): return f"imod {o}"
    def __ilshift__(self, o): return f"ilshift {o}"
    def __irshift__(self, o): return f"irshift {o}"
    def __iand__(self, o): return f"iand {o}"
    def __ixor__(self, o): return f"ixor {o}"
    def __itruediv__(self, o): return f"itruediv {o}"
for op in ["**=", "@=", "//=", "%=", "<<=", ">>=", "&=", "^=", "/="]:
    v = Ipow()
    if op == "**=": v **= 2
    elif op == "@=": v @= 2
    elif op == "//=": v //= 2
    elif op == "%=": v %= 2
    elif op == "<<=": v <<= 2
    elif op == ">>=": v >>= 2
    elif op == "&=": v &= 2
    elif op == "^=": v ^= 2
    elif op == "/=": v /= 2
    print(op, v)
