def logged(fn):
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return wrapper
class Calc:
    def __init__(self): self.total = 0
    @logged
    def add(self, v):
        self.total += v
        return self
    @staticmethod
    @logged
    def weird(self_like, v):
        return v
    @classmethod
    def make(cls):
        return cls()
c = Calc.make().add(2).add(3)
print(c.total)
print(Calc.weird(c, 7))
class Cached:
    def __init__(self): self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
o = Cached()
print(o.value, o.value, o.computed)
