class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"Pt({self.x},{self.y})"
s = {Pt(1, 2), Pt(1, 2), Pt(2, 1)}
print(len(s), Pt(2, 1) in s, sorted(s, key=lambda p: (p.x, p.y)))
class MySet(set):
    def add(self, v):
        super().add(v * 10)
m = MySet([1, 2])
m.add(3)
print(sorted(m), type(m | {1}).__name__, isinstance(m, set))
class Rep(frozenset):
    def __repr__(self):
        return "Rep" + str(sorted(self))
print(Rep([3, 1]), [Rep()])
