class Obj:
    cls_attr = "class level"
o = Obj()
setattr(o, "x", 10)
print(getattr(o, "x"), o.x, hasattr(o, "x"), hasattr(o, "y"), getattr(o, "y", "default"), getattr(o, "cls_attr"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(o, "x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    getattr(o, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(o, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hasattr(o)
except TypeError as e:
    print(type(e).__name__, e)
setattr(o, "with space", "odd names allowed")
print(getattr(o, "with space"))
print(getattr(5, "real"), getattr("s", "upper")(), hasattr(5, "imag"), getattr(None, "nope", "fallback"))
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(Obj, "nonexistent")
except AttributeError as e:
    print(type(e).__name__, e)
class Raises:
    @property
    def p(self):
        raise ValueError("property error")
try:
    hasattr(Raises(), "p")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
print(getattr(Raises(), "q", "missing is fine"))
try:
    getattr(Raises(), "p", "default not used")
except ValueError as e:
    print("getattr default does not catch:", e)
