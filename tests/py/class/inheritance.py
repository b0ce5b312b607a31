class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def speak(self):
        return super().speak().upper() + "!"
class Fish(Animal):
    pass
for a in (Animal("generic"), Cat("Tom"), Lion("Leo"), Fish("Nemo")):
    print(a.describe())
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, (int, Cat)), issubclass(Cat, Cat))
print(isinstance(Lion("x"), Cat), Lion.__bases__, [c.__name__ for c in Lion.__mro__])
print(Cat.__subclasses__(), Animal.__subclasses__())
class Base:
    def __init__(self):
        self.base_init = True
class Child(Base):
    def __init__(self):
        self.child_init = True
class Child2(Base):
    def __init__(self):
        super().__init__()
        self.child_init = True
print(sorted(vars(Child())), sorted(vars(Child2())))
class NoInit(Base):
    pass
print(vars(NoInit()))
