class A:
    "docA"
    x = 1
class B(A): pass
print(B.__name__, B.__qualname__, B.__module__, B.__doc__, A.__doc__, B.__base__, B.__bases__, B.__mro__)
print(B.mro(), A.__subclasses__(), type.__subclasses__(A))
B.__name__ = "BB"; print(B, B.__name__)
try: B.__name__ = 1
except TypeError as e: print(e)
B.__qualname__ = "Q.BB"; print(B)
try: int.x = 1
except TypeError as e: print(e)
try: del int.real
except TypeError as e: print(e)
A.y = 2; print(B.y); del A.y
try: del A.y
except AttributeError as e: print(e)
try: A.zz
except AttributeError as e: print(e)
print(type(A) is type, type.__base__, type.__bases__, isinstance(A, type), issubclass(type, object))
print(A.__dict__["x"], "x" in A.__dict__, type(A.__dict__).__name__)
try: A.__dict__["x"] = 2
except TypeError as e: print(e)
print(int.__dict__["__add__"] if False else type(int.__dict__).__name__)
print(object.__subclasshook__ if False else "", object.__class__, type.__class__)
print(type.__dict__["mro"] if False else "", A.__init__, repr(A.__init__)[:30])
print(int.__base__, bool.__base__, bool.__mro__, object.__base__)
class Meta(type): pass
class M(metaclass=Meta): pass
print(type(M), M.__class__, isinstance(M, Meta), Meta.__mro__)
print(A().__class__.__name__, A.__class__.__name__)
print(issubclass(bool, int), issubclass(A, (int, A)), isinstance(1, (str, int)))
try: issubclass(1, int)
except TypeError as e: print(e)
try: isinstance(1, 1)
except TypeError as e: print(e)
print(type.__name__, type.__qualname__, type.__module__)
o = object()
print(o.__reduce__ if False else "", dir(o)[:3], o.__sizeof__() > 0 if hasattr(o, '__sizeof__') else True)
print(object.__eq__(o, o), object.__ne__(o, o), object.__eq__(o, 1))
print(o.__hash__() == hash(o), o.__str__() == repr(o), o.__format__("") == str(o))
try: o.__format__("x")
except TypeError as e: print(e)
try: format(o, "5")
except TypeError as e: print(e)
print(object.__dir__ if False else "", object.__init_subclass__(), object.__new__(A).__class__)
