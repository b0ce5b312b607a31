o = object()
print(type(o).__name__, isinstance(o, object), object.__bases__, object.__mro__)
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class A: pass
a = A()
print(a.__eq__(a), a.__eq__(A()), a.__ne__(A()), a.__lt__(a))
print(A.__init__ is object.__init__, A.__str__ is object.__str__, A.__hash__ is object.__hash__)
print(a.__class__, a.__class__.__class__, A.__dict__.get("__dict__") is not None)
print(sorted(k for k in ("__init__", "__repr__", "__eq__", "__hash__", "__str__") if hasattr(object, k)))
print(object.__name__, repr(object), str(type(None)))
print(type(None)(), type(NotImplemented).__name__, type(...)())
