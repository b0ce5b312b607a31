class Empty:
    pass
class WithLen:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class WithBool:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __bool__(self): return True
    def __len__(self): return 0
print(bool(Empty()), bool(WithLen(0)), bool(WithLen(2)))
print(bool(WithBool(False)), bool(WithBool(True)), bool(Both()))
print(not WithLen(0), not WithBool(True))
if WithLen(3):
    print("len 3 is truthy")
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class StrLen:
    def __len__(self): return "3"
try:
    bool(StrLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(0.0), bool(-0.0), bool(float("nan")), bool(1e-300))
print(bool(""), bool(" "), bool(b""), bool(b"\x00"))
