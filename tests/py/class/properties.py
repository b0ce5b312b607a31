class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
class Old:
    def get_x(self): return "x value"
    def set_x(self, v): print("set", v)
    x = property(get_x, set_x, None, "the x doc")
o = Old()
print(o.x, Old.x.__doc__)
o.x = 3
class Lazy:
    @property
    def computed(self):
        print("computing")
        return 42
l = Lazy()
print(l.computed, l.computed)
class Sub(Temperature):
    @Temperature.celsius.getter
    def celsius(self):
        return "sub:" + str(self._c)
print(Sub(5).celsius)
class Broken:
    @property
    def bad(self):
        raise AttributeError("inner missing")
try:
    Broken().bad
except AttributeError as e:
    print(type(e).__name__, e)
