class Animal: pass
class Dog(Animal): pass
class Cat(Animal): pass
pets = [Dog(), Cat(), Dog(), Animal()]
print([type(p).__name__ for p in pets], sum(isinstance(p, Dog) for p in pets), sum(type(p) is Animal for p in pets))
registry = {cls.__name__: cls for cls in (Dog, Cat)}
made = registry["Cat"]()
print(type(made).__name__, isinstance(made, Animal))
def make_class(name, **attrs):
    return type(name, (Animal,), attrs)
Bird = make_class("Bird", sound="tweet", speak=lambda self: self.sound * 2)
b = Bird()
print(b.speak(), Bird.__mro__[1].__name__, Animal.__subclasses__()[-1].__name__)
print(type(b).__name__, b.__class__ is Bird)
b.__class__ = Dog
print(type(b).__name__, isinstance(b, Bird))
try:
    b.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
