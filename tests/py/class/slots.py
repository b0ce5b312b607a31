class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, hasattr(p, "__dict__"), Point.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
del p.x
try:
    p.x
except AttributeError as e:
    print(type(e).__name__, e)
p.x = 10
print(p.x, type(Point.x).__name__)
class P3(Point):
    __slots__ = ("z",)
q = P3(1, 2)
q.z = 3
print(q.x, q.y, q.z)
class WithDict(Point):
    pass
w = WithDict(1, 2)
w.anything = "ok"
print(w.anything, sorted(w.__dict__))
class SlotsDict:
    __slots__ = ("a", "__dict__")
s = SlotsDict()
s.a = 1
s.b = 2
print(s.a, s.b, s.__dict__)
try:
    class Conflict:
        __slots__ = ("v",)
        v = 5
except ValueError as e:
    print(type(e).__name__, e)
