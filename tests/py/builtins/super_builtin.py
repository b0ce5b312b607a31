class A:
    def who(self): return "A"
    def __repr__(self): return "A-inst"
class B(A):
    def who(self): return "B>" + super().who()
class C(B):
    def who(self): return "C>" + super().who()
print(C().who(), super(C, C()).who(), super(B, C()).who())
print(type(super(C, C())).__name__)
try:
    super(A, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(5, A())
except TypeError as e:
    print(type(e).__name__, e)
s = super(B)
print(type(s).__name__)
class D(A):
    def who(self):
        return [super().who() for _ in range(2)]
print(D().who())
class E(A):
    def __init__(self):
        super().__init__()
        self.ok = True
print(E().ok)
