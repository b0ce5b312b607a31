class Key:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, other): return isinstance(other, Key) and self.v == other.v
    def __repr__(self): return f"Key({self.v})"
d = {Key(1): "one", Key(2): "two"}
print(d[Key(1)], Key(2) in d, Key(3) in d, d)
class Collide:
    def __init__(self, v): self.v = v
    def __hash__(self): return 42
    def __eq__(self, other): return self.v == other.v
    def __repr__(self): return f"C{self.v}"
cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
del cd[Collide(2)]
print(cd, Collide(2) in cd, cd[Collide(4)])
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, other): return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 2: "b"}.get(1.0), {0.5: "half"}[1 / 2])
print({-1: "m1", -2: "m2"}, {(): 0, (0,): 1})
