class A(B):
    pass
class A(B, C, D):
    pass
class A(metaclass=Meta):
    pass
class A(B, metaclass=Meta, extra=1):
    pass
class A(*bases, **kwds):
    pass
class A(B, *more, key=value, **rest):
    pass
class A(mod.Base, get_base()):
    pass
class A(Generic[T], Protocol):
    pass
class A(B,):
    pass
