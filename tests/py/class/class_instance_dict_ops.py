class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)
p = P(a=1, b=2)
print(p.a, p.b, vars(p), p.__dict__ is vars(p))
p.__dict__["c"] = 3
print(p.c, sorted(vars(p)))
del p.__dict__["a"]
print(hasattr(p, "a"))
p.__dict__ = {"replaced": True}
print(vars(p))
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Q: pass
q = Q()
setattr(q, "1bad", "ok")
print(getattr(q, "1bad"), list(vars(q)))
print(P.__dict__["__init__"].__name__, "__init__" in vars(P), "a" in vars(P))
