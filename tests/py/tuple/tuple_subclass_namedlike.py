class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
    @property
    def y(self): return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"
    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)
p = Point(1, 2)
q = Point(10, 20)
print(p, p + q, p.x, p[1], len(p), isinstance(p, tuple), p == (1, 2), tuple(p))
x, y = q
print(x, y, {p: "origin-ish"}[(1, 2)])
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
