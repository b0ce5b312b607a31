class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
    def double(self):
        return MyInt(self * 2)
m = MyInt(21)
print(m, repr(m), m.double(), m + 1, type(m + 1).__name__)
print(isinstance(m, int), m == 21, m < 22, hash(m) == hash(21))
print(type(m.double()).__name__, int(m), type(int(m)).__name__)
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(5) + Pos(3))
try:
    Pos(-1)
except ValueError as e:
    print(e)
class Add(int):
    def __add__(self, other):
        return "custom add"
print(Add(1) + 1, 1 + Add(1))
class RAdd(int):
    def __radd__(self, other):
        return "custom radd"
print(1 + RAdd(1))
print(MyInt("ff", 16))
