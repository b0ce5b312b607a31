class Dog:
    species = "canine"
    def __init__(self, name, age):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex", 3)
print(d.name, d.age, d.species, Dog.species, d.speak())
print(d.birthday().birthday().age)
e = Dog("Fido", 1)
Dog.species = "CANINE"
print(d.species, e.species)
e.species = "wolf"
print(e.species, Dog.species, d.species)
del e.species
print(e.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog), isinstance(d, object), Dog.__name__, Dog.__qualname__)
print(sorted(d.__dict__.items()), "speak" in Dog.__dict__)
print(Dog.speak(d), d.speak.__self__ is d, d.speak.__func__ is Dog.speak)
class Empty:
    pass
x = Empty()
x.anything = 42
print(x.anything, Empty.__bases__, Empty.__mro__)
print(Dog.__module__, d.__class__.__name__)
