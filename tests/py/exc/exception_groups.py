eg = ExceptionGroup("batch failed", [ValueError("bad value"), TypeError("bad type"), ValueError("another")])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg).__name__)
match, rest = eg.split(ValueError)
print(repr(match), repr(rest))
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(repr(sub))
print(eg.subgroup(KeyError))
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("auto", [ValueError()])
print(type(auto).__name__)
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("base inside", [KeyboardInterrupt()])
except TypeError as e:
    print(type(e).__name__, e)
print(eg.derive([KeyError("k")]))
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
