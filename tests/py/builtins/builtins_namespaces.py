# globals(), locals(), vars(), dir() in module, function, class and
# comprehension scopes.
x_module = 1
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals() is globals(), locals() is globals(), vars() is globals())
def f(a, *args, b=2, **kw):
    c = a + b
    return sorted(locals().items())
print(f(1, 5, 6, b=3, z=9))
def unbound():
    before = sorted(locals())
    later = 1
    return before, sorted(locals())
print(unbound())
def cells():
    shared = 1
    def inner():
        return shared
    return sorted(locals()), inner()
print(cells())
class K:
    attr = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    def method(self):
        return sorted(dir())
print(K.names, K().method())
def snapshot():
    v = 1
    loc = locals()
    v = 2
    return loc["v"], locals()["v"]
print(snapshot())
class WithDict:
    def __init__(self):
        self.p = 1
        self.q = 2
w = WithDict()
print(vars(w), vars(w) is w.__dict__)
vars(w)["r"] = 3
print(w.r)
print(sorted(k for k in vars(WithDict) if not k.startswith("__")))
for bad in [1, "s", [1]]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
def dirf():
    z = 1
    a = 2
    return dir()
print(dirf())
class Dirs:
    def __dir__(self):
        return ("b", "a", "c")
print(dir(Dirs()))
print("append" in dir([]), "upper" in dir(str), "__len__" in dir([]), "real" in dir(5))
print([n for n in dir(K) if not n.startswith("__")], [n for n in dir(K()) if not n.startswith("__")])
