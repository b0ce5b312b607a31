# super in many forms
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    def __init_subclass__(cls, **kw):
        print("A.isc", cls.__name__, kw)
        super().__init_subclass__()
class B(A, tag=1):
    def f(self): return "B.f+" + super().f()
    @classmethod
    def c(cls): return "B.c+" + super().c()
    @staticmethod
    def s(): return "B.s+" + super(B, B).s()
    @property
    def p(self): return "B.p+" + super().p
print(B().f(), B.c(), B().c(), B.s(), B().p)
print(super(B, B()).f(), super(B, B).c())
sup = super(B)
print(repr(sup).startswith("<super: <class 'B'>, NULL>"))
print(super(B, B()).__class__, super(A, B()).__self_class__ if hasattr(super(A,B()), '__self_class__') else None)
s = super(B, B())
print(s.__thisclass__, type(s.__self__).__name__)
try: super(B, 1)
except TypeError as e: print(e)
try: super(1, 1)
except TypeError as e: print(e)
class C(B):
    def f(self):
        return [super().f(), super(C, self).f(), super(B, self).f()]
print(C().f())
def outside(self): return super().f()
try: outside(C())
except RuntimeError as e: print(e)
class D:
    def m(self):
        def inner(): return super().__repr__
        return inner
try: D().m()()
except RuntimeError as e: print(e)
class E(dict):
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __setitem__(self, k, v): super().__setitem__(k, v + 1)
e = E(); e["a"] = 1; print(e["a"], dict.__getitem__(e, "a"))
class F(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.extra = 1
    def __len__(self): return super().__len__() + 100
print(len(F([1,2])), F([1]).extra)
class G:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(G(1,2).args)
class H(int):
    def __new__(cls, v): return super().__new__(cls, v * 2)
print(H(4), type(H(4)).__name__)
class M(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class N(metaclass=M, x=1): pass
print(N.kw, type(N).__name__)
print(super.__doc__.splitlines()[0])
