print(isinstance(1, int), isinstance(True, int), isinstance(1, float), isinstance(1.0, (int, float)), isinstance("s", (list, (dict, str))))
print(isinstance(None, type(None)), isinstance(int, type), isinstance(type, type), isinstance(object, object))
print(issubclass(bool, int), issubclass(int, object), issubclass(int, (str, float)), issubclass(KeyError, LookupError), issubclass(int, int))
print(isinstance([], list | tuple), isinstance(1, int | None), issubclass(bool, str | int), isinstance(None, int | None))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)))
for bad in [lambda: isinstance(1, 1), lambda: isinstance(1, (int, 1)), lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(str, Magic), issubclass(int, Magic))
print(isinstance(1, ()), issubclass(int, ()))
