class Tag(str):
    def wrap(self):
        return "<" + self + ">"
t = Tag("b")
print(t, repr(t), t.wrap(), type(t + "x").__name__, type(t.upper()).__name__, isinstance(t, str))
print(t == "b", {t: 1}["b"], len(t), t * 2)
class Upper(str):
    def __new__(cls, v):
        return super().__new__(cls, str(v).upper())
    def __repr__(self):
        return f"Upper({str.__repr__(self)})"
u = Upper("hello")
print(u, repr(u), [u], u.lower(), f"{u}", "%s" % u, "%r" % u)
class Eq(str):
    def __eq__(self, other): return True
    __hash__ = str.__hash__
print(Eq("a") == "b", "b" == Eq("a"))
