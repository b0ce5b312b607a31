def deco(x): return x
class Base: pass
@deco
class C(Base, metaclass=type, flag=True):
    pass
