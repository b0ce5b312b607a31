class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} kw={kw}")
        ns["created_by"] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__}{args}")
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v
class Derived(Base, flag=True):
    pass
obj = Derived(7)
print(obj.v, Derived.created_by, type(Derived).__name__, type(obj).__name__, isinstance(Derived, Meta))
Dyn = type("Dyn", (Base,), {"x": 1, "hello": lambda self: f"hello {self.v}"})
print(Dyn(3).hello(), Dyn.x, Dyn.__name__, Dyn.__bases__)
print(type(int), type(type), type(object), isinstance(type, object), isinstance(object, type))
class Singleton(type):
    instances = {}
    def __call__(cls, *a):
        if cls not in Singleton.instances:
            Singleton.instances[cls] = super().__call__(*a)
        return Singleton.instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("Config init once")
print(Config() is Config())
class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("__prepare__", name)
        return {"injected": "from prepare"}
class UsesPrepare(metaclass=Prepared):
    seen = injected
print(UsesPrepare.seen)
class M1(type): pass
class M2(type): pass
class C1(metaclass=M1): pass
class C2(metaclass=M2): pass
try:
    class C3(C1, C2): pass
except TypeError as e:
    print(type(e).__name__, e)
