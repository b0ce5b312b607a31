class Base:
    def __init__(self, **kw):
        print("Base.__init__ leftover", kw)
class Named(Base):
    def __init__(self, name, **kw):
        print("Named.__init__", name)
        self.name = name
        super().__init__(**kw)
class Aged(Base):
    def __init__(self, age, **kw):
        print("Aged.__init__", age)
        self.age = age
        super().__init__(**kw)
class Person(Named, Aged):
    def __init__(self, **kw):
        print("Person.__init__")
        super().__init__(**kw)
p = Person(name="Ann", age=30, extra=True)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class Mixin:
    def describe(self):
        return f"{type(self).__name__}: " + ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
class Described(Mixin, Person):
    pass
print(Described(name="Bo", age=4).describe())
