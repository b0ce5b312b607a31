a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
print(type(id(a)).__name__, id(None) == id(None), id(a) > 0 or id(a) < 0)
x = object()
print(id(x) == id(x), None is None, ... is Ellipsis, NotImplemented is NotImplemented)
def f(): pass
print(f is f, id(f) == id(f))
