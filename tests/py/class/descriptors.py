class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Typed {self.name} on {objtype.__name__}>"
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print("deleting", self.name)
        obj.__dict__.pop(self.name, None)
class Person:
    name = Typed(str)
    age = Typed(int)
p = Person()
p.name = "Ann"
p.age = 30
print(p.name, p.age, Person.name)
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "instance wins"
print(h.attr)
class DataDesc:
    def __get__(self, obj, objtype=None): return "data descriptor wins"
    def __set__(self, obj, v): print("DataDesc.__set__", v)
class Holder2:
    attr = DataDesc()
h2 = Holder2()
h2.__dict__["attr"] = "instance value"
print(h2.attr)
h2.attr = 5
class GetOnlyData:
    def __get__(self, obj, t=None): return "get"
    def __delete__(self, obj): print("delete hook")
class H3:
    a = GetOnlyData()
h3 = H3()
try:
    h3.a = 1
except AttributeError as e:
    print(type(e).__name__, e)
del h3.a
class Method:
    def f(self): return self
m = Method()
bound = Method.__dict__["f"].__get__(m, Method)
print(bound() is m, Method.__dict__["f"].__get__(None, Method) is Method.__dict__["f"])
