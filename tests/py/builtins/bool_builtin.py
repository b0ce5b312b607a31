print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None), bool(...))
print(type(bool(1)).__name__, bool(True) is True, bool is type(True), isinstance(False, int))
print(True + 1, True * 3, f"{True:d}", str(False), repr(True))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(True == 1, False == 0)
