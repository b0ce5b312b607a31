class A:
    def __init__(self, x):
        self.x = x
        print("A.__init__", x)
    def hello(self):
        return "A.hello"
    @classmethod
    def make(cls):
        return f"A.make for {cls.__name__}"
class B(A):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("B.__init__", y)
    def hello(self):
        return "B+" + super().hello()
    @classmethod
    def make(cls):
        return "B:" + super().make()
b = B(1, 2)
print(b.x, b.y, b.hello(), B.make(), b.make())
print(super(B, b).hello())
print(super(B, B).make())
class C(B):
    def hello(self):
        return "C+" + super(B, self).hello()
print(C(0, 0).hello())
def outside(self):
    return super(C, self).hello()
print(outside(C(5, 6)))
class M:
    def f(self):
        g = lambda: super(M, self).__repr__
        return type(g()).__name__
print(M().f())
try:
    super(int, "str")
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    @staticmethod
    def s():
        return super().__init__
try:
    NoArgs.s()
except RuntimeError as e:
    print(type(e).__name__, e)
print(repr(super(B, b)).startswith("<super: <class 'B'>, <B object"))
