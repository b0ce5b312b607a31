class Shape:
    def __init__(self, name): self._name = name
    @property
    def name(self): return self._name.title()
    @property
    def area(self): return 0
    def __str__(self): return f"{self.name} with area {self.area:.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    @property
    def area(self): return self.w * self.h
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self._name = "square"
    @Rect.area.getter
    def area(self):
        return super().area
    @property
    def side(self): return self.w
    @side.setter
    def side(self, v): self.w = self.h = v
for s in [Shape("blob"), Rect(2, 3.5), Square(3)]:
    print(s)
sq = Square(2)
sq.side = 5
print(sq.area, sq.side, sq.w, Square.side.fset is not None, Rect.area.fset)
