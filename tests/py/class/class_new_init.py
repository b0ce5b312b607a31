class Tracker:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, a, b=2):
        print("__init__", a, b)
        self.a, self.b = a, b
t = Tracker(1, b=3)
print(t.created, t.a, t.b)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class Base:
    def __init__(self):
        print("Base init")
class NewReturnsBase(Base):
    def __new__(cls):
        return Base()
    def __init__(self):
        print("NewReturnsBase init not called")
print(type(NewReturnsBase()).__name__)
class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)
class NoInitArgs:
    pass
try:
    NoInitArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.x = x
        return o
print(OnlyNew(5).x)
try:
    object.__new__(OnlyNew, 1) if False else object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
