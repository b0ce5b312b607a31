def record(cls):
    fields = list(cls.__annotations__)
    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(f"{cls.__name__} takes {len(fields)} arguments")
        for name, val in zip(fields, args):
            setattr(self, name, val)
        for name in fields[len(args):]:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif hasattr(cls, name):
                setattr(self, name, getattr(cls, name))
            else:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields {sorted(kwargs)}")
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in fields)
    cls.__init__ = __init__
    cls.__repr__ = __repr__
    cls.__eq__ = __eq__
    cls.__hash__ = None
    cls._fields = tuple(fields)
    return cls
@record
class Item:
    name: str
    price: float
    qty: int = 1
a = Item("pen", 1.5)
b = Item("pen", 1.5, qty=1)
print(a, a == b, a != Item("pen", 2.0), Item._fields)
print(Item("book", 12.0, 3))
for bad in [lambda: Item(), lambda: Item("x", 1, 2, 3), lambda: Item("x", 1, color="red")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
