class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    title = Field()
    body = Field()
    def __init__(self, title):
        self.title = title
m = Model("Hi")
print(m.title, m.body, m._title, Model.title.name, type(Model.body).__name__)
m.body = "text"
print(m.body, sorted(vars(m)))
class Late:
    pass
f = Field()
Late.added = f
print(hasattr(f, "name"))
class Multi:
    a = b = Field()
print(Multi.a.name)
