class A:
    def __getattr__(self, n):
        if n == "boom": raise AttributeError("custom")
        return f"ga:{n}"
a = A(); a.x = 1
print(a.x, a.y, getattr(a, "z", "d"))
try: a.boom
except AttributeError as e: print(e)
class B:
    def __getattribute__(self, n):
        if n.startswith("_"): return object.__getattribute__(self, n)
        if n == "missing": raise AttributeError(n)
        return "gab:" + n
    def __getattr__(self, n): return "fallback:" + n
b = B()
print(b.q, b.missing, b.__class__.__name__)
class C:
    def __setattr__(self, n, v):
        print("set", n, v)
        super().__setattr__(n, v * 2)
    def __delattr__(self, n):
        print("del", n)
        object.__delattr__(self, n)
c = C(); c.v = 3; print(c.v); del c.v
try: del c.v
except AttributeError as e: print(e)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self): print("deleter"); del self._x
p = P(); p.x = 5; print(p.x, P.x.__doc__, type(P.x).__name__)
try: p.x = -1
except ValueError as e: print(e)
del p.x
try: p.x
except AttributeError as e: print(e)
class RO:
    @property
    def v(self): return 1
try: RO().v = 2
except AttributeError as e: print(e)
try: del RO().v
except AttributeError as e: print(e)
r = property(lambda s: 1)
class RO2: v = r
try: RO2().v = 2
except AttributeError as e: print(e)
print(P.x.fget.__name__, P.x.fset.__name__, P.x.fdel.__name__)
class Sub(P):
    @P.x.getter
    def x(self): return self._x * 10
s = Sub(); s.x = 2; print(s.x)
# eq/hash
class E:
    def __eq__(self, o): return True
print(E.__hash__, E() == 1)
try: hash(E())
except TypeError as e: print(e)
class E2(E):
    __hash__ = object.__hash__
print(type(hash(E2())).__name__)
class E3:
    def __hash__(self): return 5
print(hash(E3()), E3() == E3())
class E4:
    def __hash__(self): return "x"
try: hash(E4())
except TypeError as e: print(e)
class E5:
    def __hash__(self): return 2**70
print(hash(E5()) == hash(2**70))
class E6(int): pass
print(hash(E6(5)))
class E7(E3):
    def __eq__(self, o): return False
try: hash(E7())
except TypeError as e: print(e)
class Ne:
    def __eq__(self, o): return NotImplemented
print(Ne() == Ne(), Ne() != Ne())
class Lt:
    def __lt__(self, o): return "lt"
print(Lt() < 1, 1 > Lt())
try: Lt() <= 1
except TypeError as e: print(e)
print(vars(p) if hasattr(p, '__dict__') else None)
try: vars(1)
except TypeError as e: print(e)
print(sorted(vars(A)))
