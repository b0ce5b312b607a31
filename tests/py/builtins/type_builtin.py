print(type(1), type("s"), type([]), type(None), type(type), type(len), type(lambda: 0).__name__)
print(type(1) is int, type(True) is bool, type(1.0) is not int)
T = type("T", (), {"x": 5, "double": lambda self: self.x * 2})
t = T()
print(T.__name__, t.x, t.double(), T.__bases__, type(t) is T, repr(T).endswith("T'>"))
U = type("U", (T,), {})
print(U().double(), U.__mro__[1] is T)
for args in [(1, 2), ("X", 1, {}), ("X", (), []), ("X", (1,), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
print(type.__name__, type(type(1)).__name__, type.__mro__)
print(int.__class__, int.__name__, int.__qualname__, int.__module__, str.__module__)
