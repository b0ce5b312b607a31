print(True + True, True * 10, False - 1, True / 2, True // 1)
print(isinstance(True, int), issubclass(bool, int), type(True + 0).__name__)
print(True == 1, hash(True) == hash(1), {1: "a", True: "b"})
print({True: "x", 1: "y", 1.0: "z"})
print(sum([True, True, False, True]))
print(bool(1), bool(-1), bool(0), int(False), str(True))
print(True is True, (1 == 1) is True)
print(-True, +False, abs(True))
print(True << 3, True ** 10, divmod(True, True))
print(["no", "yes"][True], "abc"[False])
try:
    class MyBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__mro__)
print(repr(True & 1), repr(True & True), repr(True | 0))
