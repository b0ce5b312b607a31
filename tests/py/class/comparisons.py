class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self): return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o): return self.parts == o.parts
    def __lt__(self, o): return self.parts < o.parts
    def __le__(self, o): return self.parts <= o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __ge__(self, o): return self.parts >= o.parts
    __hash__ = None
vs = [Version(s) for s in ["1.10", "1.2", "1.2.1", "0.9"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"), Version("2") > Version("1.9"))
class OnlyLt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"L{self.v}"
print(sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]), OnlyLt(5) > OnlyLt(2))
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
class NoEq: pass
a = NoEq()
print(a == a, a == NoEq(), a != NoEq(), a != a)
class EqNe:
    def __eq__(self, o): return "custom-eq"
print(EqNe() == 1, EqNe() != 1)
class NeOnly:
    def __ne__(self, o): return "custom-ne"
print(NeOnly() != 1, NeOnly() == 1)
class Weird:
    def __eq__(self, o): return 0
print(Weird() == 1, bool(Weird() == 1), [Weird()] == [Weird()], Weird() in [1])
