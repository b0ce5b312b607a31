g = globals()
print(type(g).__name__, g["__name__"], "g" in g)
g["injected"] = "via globals"
print(injected)
user_names = sorted(k for k in g if not k.startswith("__"))
print(user_names)
def f(a, b=2):
    c = a + b
    loc = locals()
    return sorted(loc.items())
print(f(1))
def modify_locals():
    x = 1
    locals()["x"] = 99
    return x
print(modify_locals())
class C:
    def __init__(self):
        self.a = 1
        self.b = [2]
print(vars(C()), sorted(k for k in vars(C) if not k.startswith("__")))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def closure():
    outer_v = 1
    def inner():
        return sorted(locals())
    def inner2():
        outer_v
        return sorted(locals())
    return inner(), inner2()
print(closure())
print(vars() is globals())
