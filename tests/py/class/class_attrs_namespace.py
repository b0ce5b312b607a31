class Config:
    debug = False
    items = []
    def add(self, x):
        self.items.append(x)
a, b = Config(), Config()
a.add(1)
b.add(2)
print(a.items, b.items, Config.items)
a.debug = True
print(a.debug, b.debug, Config.debug)
class Fixed:
    def __init__(self):
        self.items = []
f1, f2 = Fixed(), Fixed()
f1.items.append(1)
print(f1.items, f2.items)
print(getattr(Config, "debug"), hasattr(Config, "add"), sorted(k for k in vars(Config) if not k.startswith("__")))
setattr(Config, "new_attr", 99)
print(b.new_attr)
delattr(Config, "new_attr")
print(hasattr(b, "new_attr"))
class Counter:
    total = 0
    def __init__(self):
        type(self).total += 1
class SubCounter(Counter): pass
Counter(); SubCounter(); SubCounter()
print(Counter.total, SubCounter.total)
print(Config.__dict__["debug"], type(Config.__dict__).__name__)
try:
    Config.__dict__["debug"] = True
except TypeError as e:
    print(type(e).__name__, e)
class Doc:
    "class docstring"
print(Doc.__doc__, Config.__doc__)
