class A(**kw): pass
class B(*args): pass
class C(metaclass=M): pass
class D(*a, *b, **c, **d): pass
class E(x=1, y=2): pass
class F((B)): pass
class G(B if c else D): pass
class H(f(x)): pass
class I(a.b.c): pass
class J(B[int]): pass
