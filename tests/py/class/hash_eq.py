class Plain: pass
p = Plain()
print(hash(p) == hash(p), p == p, {p: 1}[p])
class EqNoHash:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(EqNoHash.__hash__)
try:
    {EqNoHash(1)}
except TypeError as e:
    print(type(e).__name__, e)
class EqHash(EqNoHash):
    def __hash__(self): return hash(self.v)
print(len({EqHash(1), EqHash(1), EqHash(2)}))
class InheritHash(EqHash):
    pass
print(len({InheritHash(3), InheritHash(3)}))
class OverrideEq(EqHash):
    def __eq__(self, o): return False
print(OverrideEq.__hash__)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2 ** 100
print(type(hash(BigHash())).__name__)
class NegOne:
    def __hash__(self): return -1
print(hash(NegOne()))
class ExplicitNone:
    __hash__ = None
try:
    hash(ExplicitNone())
except TypeError as e:
    print(type(e).__name__, e)
import sys
print(hash(1) == 1, hash(-1), hash(-2), hash(0), hash(True), hash(None) == hash(None))
print(hash((1, 2)) == hash((1, 2)), hash(1.0) == hash(1), hash(0.5) == hash(0.5))
