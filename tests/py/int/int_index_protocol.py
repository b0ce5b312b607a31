class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
lst = ["a", "b", "c", "d"]
print(lst[Idx(1)], lst[Idx(-1)], lst[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
print(range(Idx(3)), "abc" * Idx(2), [0] * Idx(2))
print(int(Idx(4)), (10).__index__(), True.__index__())
print(pow(2, Idx(3)) if False else "no pow via __index__")
try:
    lst[1.5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    key = "x"
    "abc"[key]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(2.5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 2.0
except TypeError as e:
    print(type(e).__name__, e)
class BadIdx:
    def __index__(self): return "x"
try:
    lst[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
