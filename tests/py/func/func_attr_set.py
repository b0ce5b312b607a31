# functions
def f(a, b=2, *args, c, d=4, **kw):
    "doc of f"
    return a
print(f.__defaults__, f.__kwdefaults__, f.__name__, f.__qualname__, f.__module__, f.__doc__)
f.__defaults__ = (9,)
print(f.__defaults__)
f.__defaults__ = None
print(f.__defaults__)
try: f.__defaults__ = 5
except TypeError as e: print(e)
f.__kwdefaults__ = {"c": 1}
print(f(1, 2, d=1))
try: f.__kwdefaults__ = 1
except TypeError as e: print(e)
def g(x: int, y: "str" = "a") -> list: pass
print(g.__annotations__)
print(g.__annotate__(1))
def h(x: undefined_name): pass
try: h.__annotations__
except NameError as e: print(e)
h.__annotations__ = {"x": 1}
print(h.__annotations__)
f.attr = 5
print(f.attr, f.__dict__)
f.__dict__ = {"z": 1}
print(f.z)
try: f.__dict__ = 1
except TypeError as e: print(e)
print(f.__code__.co_name, f.__globals__ is globals(), f.__closure__, f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, '__dict__') else True)
def outer():
    v = 1
    def inner(): return v
    return inner
i = outer()
print(i.__closure__[0].cell_contents, type(i.__closure__[0]).__name__)
print(repr(f).startswith("<function f at 0x"), repr(i).startswith("<function outer.<locals>.inner at"))
f.__name__ = "ff"; f.__qualname__ = "Q.ff"
print(f.__name__, f.__qualname__, repr(f).startswith("<function Q.ff"))
try: f.__name__ = 1
except TypeError as e: print(e)
try: f.__qualname__ = 1
except TypeError as e: print(e)
try: del f.__name__
except TypeError as e: print(e)
del f.z
print(hasattr(f, "z"))
class K:
    def m(self): pass
k = K()
bm = k.m
print(bm.__self__ is k, bm.__func__ is K.m, bm.__name__, bm.__qualname__, repr(bm).startswith("<bound method K.m of <__main__.K object"))
print(bm == k.m, bm is k.m, hash(bm) == hash(k.m))
try: bm.x = 1
except AttributeError as e: print(e)
K.m.tag = "t"
print(bm.tag, bm.__doc__)
print(type(bm).__name__, type(len).__name__, len.__name__, len.__qualname__, repr(len), repr([].append)[:36])
print([].append.__self__, [].append.__name__, [].append.__qualname__)
import sys
print(type(sys).__name__, repr(sys)[:18])
print(f.__type_params__, g.__type_params__)
lam = lambda x, *, y=3: x
print(lam.__name__, lam.__kwdefaults__, lam.__defaults__)
print(callable(f), callable(bm), callable(1))
