class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
names = [n for n in dir(Child()) if not n.startswith("__")]
print(names)
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in dir(Child), "__class__" in dir(Child()), dir(Child()) == sorted(dir(Child())))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir(0) if not n.startswith("_")])
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
class Custom:
    def __dir__(self): return ["zeta", "alpha"]
print(dir(Custom()))
