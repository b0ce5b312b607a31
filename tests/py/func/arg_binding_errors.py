def t(f):
    try: f()
    except TypeError as e: print(e)
def f(a, b, /, c, *, d): pass
t(lambda: f())
t(lambda: f(1))
t(lambda: f(1, 2))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, 4))
t(lambda: f(1, 2, 3, 4, d=1))
t(lambda: f(1, b=2, c=3, d=4))
t(lambda: f(1, 2, 3, d=4, e=5))
t(lambda: f(1, 2, c=3, d=4, c2=1))
def g(a, b=1, *, c=2): pass
t(lambda: g(1, 2, 3))
t(lambda: g(1, 2, 3, c=1))
t(lambda: g(a=1, a2=2))
t(lambda: g(1, a=2))
def h(): pass
t(lambda: h(1))
t(lambda: h(x=1))
def k(*, a, b, c): pass
t(lambda: k())
t(lambda: k(1))
def m(a, b, c, d): pass
t(lambda: m(1))
class C:
    def meth(self, x): pass
    @classmethod
    def cm(cls, x): pass
    @staticmethod
    def sm(x): pass
t(lambda: C().meth())
t(lambda: C().meth(1, 2))
t(lambda: C.meth())
t(lambda: C.cm())
t(lambda: C.sm())
t(lambda: C(1))
class D:
    def __init__(self, a): pass
t(lambda: D())
t(lambda: D(1, 2))
class E:
    def __new__(cls, a): return super().__new__(cls)
t(lambda: E())
t(lambda: object.__init__(1, 2))
t(lambda: object.__new__(1))
t(lambda: object.__new__(int))
class F:
    def __init__(self): return 5
t(lambda: F())
def v(*args, **kw): return args, kw
print(v(1, *[2], **{"a": 1}, b=2))
def posonly(a, /, **kw): return a, kw
print(posonly(1, a=2))
def defaults(a, b=2, c=3): pass
t(lambda: defaults())
t(lambda: defaults(1, 2, 3, 4))
def kwd(a, *, b): pass
t(lambda: kwd(1, 2))
t(lambda: kwd(1, 2, b=3))
def two(a, b): pass
t(lambda: two(1, 2, 3, 4))
lam = lambda x: x
t(lambda: lam())
