class A:
    x = "A.x"
    def get(self): return self.x
class B(A):
    x = "B.x"
class C(B):
    pass
c = C()
print(c.get(), C.x, A.x, B().get(), A().get())
c.x = "instance"
print(c.get(), C.x)
del c.x
print(c.get())
del B.x
print(c.get(), C.x)
A.x = "A.x changed"
print(c.get(), B.x)
A.new = "added later"
print(c.new, hasattr(B, "new"))
class Shadow:
    def method(self): return "method"
s = Shadow()
s.method = lambda: "instance lambda"
print(s.method(), Shadow().method())
