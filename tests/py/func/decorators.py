def trace(fn):
    def wrapper(*args, **kwargs):
        print(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        print(f"ret {result}")
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add.__name__)
def repeat(n):
    def deco(fn):
        def wrapper(*a):
            return [fn(*a) for _ in range(n)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("x"))
def d1(fn):
    print("applying d1")
    return lambda: "d1(" + fn() + ")"
def d2(fn):
    print("applying d2")
    return lambda: "d2(" + fn() + ")"
@d1
@d2
def base():
    return "base"
print(base())
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha(): return "A"
@register
def beta(): return "B"
print(sorted(registry), registry["beta"]())
def wraps_like(src):
    def deco(dst):
        dst.__name__ = src.__name__
        dst.__doc__ = src.__doc__
        dst.__wrapped__ = src
        return dst
    return deco
def documented():
    """The docs."""
@wraps_like(documented)
def shim():
    pass
print(shim.__name__, shim.__doc__, shim.__wrapped__ is documented)
@(lambda f: f() * 2)
def computed():
    return 21
print(computed)
def class_deco(cls):
    cls.tag = "decorated"
    return cls
@class_deco
class K: pass
print(K.tag)
