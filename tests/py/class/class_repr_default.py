class A: pass
class B:
    pass
r = repr(A())
print(r.startswith("<__main__.A object at 0x"), r.endswith(">"))
print(repr(A), repr(B), str(A))
class Outer:
    class Inner: pass
print(repr(Outer.Inner), Outer.Inner.__qualname__, Outer.Inner.__name__)
def factory():
    class Local: pass
    return Local
print(repr(factory()), factory().__qualname__)
print(repr(int), repr(type), repr(object), repr(Exception))
