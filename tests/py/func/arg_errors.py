def t(fn):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__ + ":", e)
def f(x): return x
def g(a, b, c=3): return a
def h(*, k): return k
def p(a, /, b): return a
def v(*args): return args
def kw(**kwargs): return kwargs
def two(x, y): return x
class C:
    def m(self, x): return x
    @staticmethod
    def s(x): return x
    @classmethod
    def c(cls, x): return x
t(lambda: f())
t(lambda: f(1, 2))
t(lambda: g(1))
t(lambda: g())
t(lambda: g(1, 2, 3, 4))
t(lambda: g(1, 2, d=4))
t(lambda: g(1, a=1))
t(lambda: h())
t(lambda: h(1))
t(lambda: h(k=1, j=2))
t(lambda: p(a=1, b=2))
t(lambda: p())
t(lambda: kw(1))
t(lambda: v(a=1))
t(lambda: two())
t(lambda: two(y=1))
t(lambda: C().m())
t(lambda: C().m(1, 2))
t(lambda: C.m(1))
t(lambda: C.s())
t(lambda: C.c())
t(lambda: C().m(x=1, y=2))
t(lambda: (lambda: 0)(1))
t(lambda: (lambda a, b: 0)(1))
t(lambda: f(**{"x": 1, "y": 2}))
t(lambda: f(*[1], x=2))
def many(a, b, c, d): pass
t(lambda: many(1))
t(lambda: many(1, 2))
def kwonly2(*, a, b, c): pass
t(lambda: kwonly2(b=1))
def mixed(a, b=2, *, c, d=5): pass
t(lambda: mixed(1, 2, 3))
t(lambda: mixed(1, 2, 3, c=4))
def posonly_kw(a, b, /, **kw): return a, b, kw
print(posonly_kw(1, 2, a=3, b=4))
t(lambda: f(y=1))
t(lambda: f(xx=1))
