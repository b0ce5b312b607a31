class Field:
    def __init__(self, kind, default=None, required=True, check=None):
        self.kind, self.default, self.required, self.check = kind, default, required, check

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._values.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{type(obj).__name__}.{self.name} must be {self.kind.__name__}, got {type(value).__name__}")
        if self.check and not self.check(value):
            raise ValueError(f"{type(obj).__name__}.{self.name} failed check with {value!r}")
        obj._values[self.name] = value


class Record:
    _registry = {}

    def __init_subclass__(cls, table=None, **kwargs):
        super().__init_subclass__(**kwargs)
        fields = {}
        for base in reversed(cls.__mro__[1:]):
            fields.update(getattr(base, "_fields", {}))
        fields.update({k: v for k, v in vars(cls).items() if isinstance(v, Field)})
        cls._fields = fields
        cls._table = table or cls.__name__.lower() + "s"
        Record._registry[cls._table] = cls

    def __init__(self, **kwargs):
        self._values = {}
        for name, field in self._fields.items():
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif field.required and field.default is None:
                raise TypeError(f"{type(self).__name__} missing required field {name!r}")
        if kwargs:
            raise TypeError(f"{type(self).__name__} got unexpected fields {sorted(kwargs)}")

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({parts})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    def __lt__(self, other):
        return [getattr(self, n) for n in self._fields] < [getattr(other, n) for n in self._fields]

    __hash__ = None

    def to_row(self):
        return tuple(getattr(self, n) for n in self._fields)

    @classmethod
    def schema(cls):
        cols = ", ".join(f"{n} {f.kind.__name__.upper()}{'' if f.required else ' NULL'}" for n, f in cls._fields.items())
        return f"CREATE TABLE {cls._table} ({cols})"


class Person(Record, table="people"):
    name = Field(str)
    age = Field(int, check=lambda v: 0 <= v < 150)
    email = Field(str, required=False)


class Employee(Person):
    salary = Field(float, default=0.0)
    title = Field(str, default="staff")


print(Person.schema())
print(Employee.schema())
print(sorted(Record._registry))
p = Person(name="Ann", age=31)
e = Employee(name="Bob", age=45, salary=5200.0, email="bob@example.com")
print(p, e, sep="\n")
print(p == Person(name="Ann", age=31), p == e, Employee(name="C", age=1) < Employee(name="C", age=2))
print(sorted([Person(name="Zed", age=5), Person(name="Amy", age=50), Person(name="Amy", age=20)]))
print(e.to_row(), Employee.title.default, type(Employee.__dict__["salary"]).__name__)
for bad in [lambda: Person(name="X"), lambda: Person(name="X", age="old"), lambda: Person(name="X", age=200),
            lambda: Person(name="X", age=1, phone="123"), lambda: setattr(p, "name", 5)]:
    try:
        bad()
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ":", err)
try:
    hash(p)
except TypeError as err:
    print(type(err).__name__ + ":", err)
p.age = 32
print(p.age, p._values)
