print(repr(str()), str(42), str(-0.0), str(1e100), str(True), str(None), str([1, "a", None]), str({"a": (1,)}))
class A:
    def __str__(self): return "A-str"
    def __repr__(self): return "A-repr"
class B:
    def __repr__(self): return "B-repr"
class C:
    pass
print(str(A()), repr(A()), str(B()), [A(), B()], f"{A()} {A()!r}")
print(str(C()).startswith("<__main__.C object at "), repr(C).startswith("<class"))
print(repr(C), repr(str), repr(len), repr(None), repr(NotImplemented), repr(...))
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class BadRepr:
    def __repr__(self): return None
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc"), str(bytearray(b"x")), str(b"abc", "ascii"))
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
print(str(object=5), str(type(5)), str(int))
