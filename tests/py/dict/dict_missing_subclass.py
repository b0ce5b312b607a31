class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] = c[ch] + 1
print(sorted(c.items()), c["zzz"], "zzz" in c, c.get("zzz"))
class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self[key] = self.factory()
        return v
g = Default(list)
g["a"].append(1)
g["a"].append(2)
g["b"].append(3)
print(g, dict(g))
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
lo = Lower()
lo["HeLLo"] = 1
print(lo, lo["HELLO"], "hello" in lo)
lo2 = Lower(A=1)
print(lo2)
class Noisy(dict):
    def __repr__(self):
        return "Noisy(" + super().__repr__() + ")"
print(Noisy(x=1), [Noisy()])
