# isinstance/issubclass: nested tuples, unions, metaclass hooks, errors.
print(isinstance(1, (str, (float, (int,)))), isinstance(True, bool | None), isinstance(None, (int, type(None))))
print(issubclass(bool, (str, (int,))), issubclass(int, int | str), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(int, object), isinstance(type, object), issubclass(KeyError, (ValueError, LookupError)))
u = int | str
print(u, type(u).__name__, isinstance(3, u), isinstance(3.0, u), u == (str | int), (int | None) == (None | int))
print(int | str | int, (int | str) | (float | int), int | None, None | int)
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
print(isinstance(Leaf(), Base), issubclass(Leaf, (int, Mid)), issubclass(Base, Leaf), isinstance(Mid(), Leaf | int))
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == 42
    def __subclasscheck__(cls, sub):
        return sub is float
class Any42(metaclass=Meta): pass
print(isinstance(42, Any42), isinstance(41, Any42), issubclass(float, Any42), issubclass(int, Any42), isinstance(42, (str, Any42)))
for f in [lambda: isinstance(1, "int"), lambda: isinstance(1, (int, "x")), lambda: isinstance(1, ("x", int)),
          lambda: issubclass("x", int), lambda: issubclass(int, "x"), lambda: issubclass(int, (str, 5)),
          lambda: issubclass(1, (int,))]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
