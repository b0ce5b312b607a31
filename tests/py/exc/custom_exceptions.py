class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
class NotFound(LookupError):
    pass
class WithStr(Exception):
    def __str__(self):
        return "custom str"
class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b
try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(type(e).__name__, e, e.field, e.message, e.args)
try:
    raise NotFound("item 7")
except LookupError as e:
    print(type(e).__name__, e, isinstance(e, NotFound), NotFound.__mro__[1:3])
print(str(WithStr("ignored")), repr(WithStr("x")))
n = NoSuperInit(1, 2)
print(n.args, str(n), repr(n))
print(repr(Exception()), repr(Exception("a")), repr(Exception("a", 2)), str(Exception("a", 2)), str(Exception()))
print(repr(ValueError("it's")), repr(KeyError("k")), str(KeyError("k")), str(KeyError("a", "b")), str(KeyError()))
e = Exception("x")
e.args = ("changed", 1)
print(e, e.args)
class Hierarchy(Exception): pass
class Leaf(Hierarchy): pass
try:
    raise Leaf()
except Hierarchy as h:
    print("caught leaf as", type(h).__name__, repr(h))
e2 = Exception()
e2.extra = "attribute"
print(e2.extra)
print(issubclass(KeyboardInterrupt, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(StopIteration, Exception))
