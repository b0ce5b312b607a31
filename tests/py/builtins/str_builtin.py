print(str(), str(1), str(1.0), str(-0.5), str([1, "a"]), str({"k": None}), str(b"b"), str(str), str(None))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "ignore"), str(object=42), str(b"x", errors="strict"))
try:
    str(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str(b"\xff", "utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self): return "custom"
print(str(S()), type(str(S())).__name__)
class SubStr(str): pass
class ReturnsSub:
    def __str__(self): return SubStr("sub")
r = str(ReturnsSub())
print(r, type(r).__name__)
