class AttrDict(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
    def __setattr__(self, name, value):
        self[name] = value
ad = AttrDict(a=1)
ad.b = 2
print(ad, ad.a, ad.b, isinstance(ad, dict))
try:
    ad.zzz
except AttributeError as e:
    print(type(e).__name__, e)
class CountingDict(dict):
    def __init__(self, *a, **kw):
        super().__init__(*a, **kw)
        self.reads = 0
    def __getitem__(self, k):
        self.reads += 1
        return super().__getitem__(k)
cd = CountingDict(x=1)
cd["x"]; cd["x"]; cd.get("x")
print(cd.reads, dict(cd), cd | {"y": 2}, type(cd | {"y": 2}).__name__, type(cd.copy()).__name__)
