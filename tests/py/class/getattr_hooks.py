class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.real, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "other"), getattr(d, "other", "default"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)
class Logged:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("  getattribute", name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"fallback {name}"
l = Logged()
print(l.x)
print(l.missing)
class SetHook:
    def __setattr__(self, name, value):
        print(f"  setattr {name}={value!r}")
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print(f"  delattr {name}")
        if name == "protected":
            raise AttributeError("cannot delete protected")
        super().__delattr__(name)
s = SetHook()
s.a = 5
s.b = "str"
print(s.a, s.b, vars(s))
del s.a
print(hasattr(s, "a"))
s.protected = 1
try:
    del s.protected
except AttributeError as e:
    print(type(e).__name__, e)
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, n, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3)
print(f.v)
try:
    f.v = 4
except AttributeError as e:
    print(type(e).__name__, e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
    def __getattr__(self, name):
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        setattr(self._target, name, value)
class Target: pass
t = Target()
px = Proxy(t)
px.color = "red"
print(t.color, px.color, px.__class__.__name__)
print(Proxy([3, 1, 2]).index(1))
