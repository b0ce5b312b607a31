class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def created(cls):
        return f"{cls.__name__}: {cls.count}"
    @classmethod
    def from_value(cls, v):
        obj = cls()
        obj.v = v
        return obj
    @staticmethod
    def helper(a, b):
        return a + b
class SubCounter(Counter):
    pass
Counter(); Counter()
print(Counter.created(), SubCounter.created())
s = SubCounter.from_value(9)
print(type(s).__name__, s.v, Counter.count)
print(Counter.helper(1, 2), Counter().helper(3, 4), SubCounter.helper("a", "b"))
print(type(Counter.__dict__["helper"]).__name__, type(Counter.__dict__["created"]).__name__)
print(Counter.__dict__["helper"].__func__(5, 5), Counter.created.__self__ is Counter)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls.__name__)
class Late:
    length = sm
    name = cm
print(Late.length("abc"), Late.name(), Late().name())
print(callable(staticmethod(len)))
