# metaclasses
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name)
        return {"from_prepare": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name, kw)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("call", cls.__name__, a, k)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst):
        print("instancecheck", cls.__name__)
        return True
    def __subclasscheck__(cls, sub):
        print("subclasscheck", cls.__name__, sub.__name__)
        return True
    def __len__(cls): return 42
    def __repr__(cls): return f"<M {cls.__name__}>"
    def __getitem__(cls, k): return f"{cls.__name__}[{k}]"
    def __iter__(cls): return iter([1, 2])
    def __or__(cls, o): return "or!"
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0): self.v = v
a = A(5, )
print(a.v, A.from_prepare, isinstance(3, A), issubclass(int, A), len(A), A, A["k"], list(A), A | int)
print(type(A), type(A).__mro__)
class B(A): pass
print(isinstance(B(), A))
# __class_getitem__
class G:
    def __class_getitem__(cls, item): return f"G[{item!r}]"
print(G[int], G[1, 2])
class H(G): pass
print(H["x"])
pass
# __set_name__
class D:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
class S:
    a = D()
    b = D()
print(S.a.name, S.b.name)
X = type("X", (), {"d": D()})
# __init_subclass__ errors
class P:
    def __init_subclass__(cls, *, req): cls.req = req
class Q(P, req=3): pass
print(Q.req)
try:
    class R(P): pass
except TypeError as e: print(e)
try:
    class T(object, foo=1): pass
except TypeError as e: print(e)
# metaclass conflict, type() forms
try: type("Z", (A, int), {})
except TypeError as e: print(e)
try: type("Z")
except TypeError as e: print(e)
try: type("Z", (), {}, 1)
except TypeError as e: print(e)
try: type.__new__(type, "Z")
except TypeError as e: print(e)
print(type.__call__(int, "5"), type.__new__(Meta, "W", (), {}))
class Abstract(type):
    def __call__(cls, *a): raise TypeError("no")
class Z(metaclass=Abstract): pass
try: Z()
except TypeError as e: print(e)
