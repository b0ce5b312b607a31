# ExceptionGroup construction rules, attributes, split/subgroup/derive
eg = ExceptionGroup("msg", [ValueError(1), TypeError("x")])
print(repr(eg)); print(str(eg)); print(eg.args, eg.message, eg.exceptions)
print(type(BaseExceptionGroup("m", [ValueError(1)])).__name__)
print(type(BaseExceptionGroup("m", [KeyboardInterrupt()])).__name__)
for args in [(), ("a",), (1, [ValueError()]), ("a", 5), ("a", []), ("a", [1]), ("a", [ValueError()], 3), ("a", {"k": 1})]:
    try:
        ExceptionGroup(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("a", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
try:
    ExceptionGroup("a", [ValueError()], x=1)
except Exception as e:
    print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    pass
try:
    MyEG("a", [KeyboardInterrupt()])
except Exception as e:
    print(type(e).__name__, e)
m = MyEG("a", (ValueError(2),))
print(repr(m), m.args, isinstance(m, Exception), isinstance(m, BaseExceptionGroup))
print(ExceptionGroup.__mro__)
print(ExceptionGroup.__bases__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))
eg.x = 5
print(eg.__dict__)
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 3)
    except AttributeError as e:
        print("AttributeError", e)
try:
    eg.split(5)
except TypeError as e:
    print(e)
try:
    eg.split((ValueError, 3))
except TypeError as e:
    print(e)
print(eg.split(ValueError))
print(eg.split((ValueError, TypeError)))
print(eg.split(KeyError))
print(eg.subgroup(lambda e: True) is eg)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
print(eg.subgroup(OSError))
print(eg.derive([KeyError()]))
print(repr(eg.derive([KeyboardInterrupt()])))
e1 = ExceptionGroup("a", [ValueError()])
e1.args = (1, 2, 3)
print(repr(e1), str(e1))
# metadata of split parts
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)]) from OSError("c")
except ExceptionGroup as g:
    g.add_note("the note")
    match, rest = g.split(ValueError)
    print(match.__cause__, match.__context__, match.__notes__, match.__traceback__ is g.__traceback__)
    print(rest.__notes__ is not g.__notes__, rest.__suppress_context__)
# nested split keeps structure
nested = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
m, r = nested.split(ValueError)
print(repr(m)); print(repr(r))
# derive override is used by split
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "!", excs)
t = Tagged("t", [ValueError(1), TypeError(2)])
print([repr(x) for x in t.split(ValueError)])
class NoDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    NoDerive("n", [ValueError(1), TypeError(2)]).split(ValueError)
except TypeError as e:
    print(e)
print(BaseExceptionGroup("b", [ValueError(1)]).split(ValueError))
print(len(ExceptionGroup("x", range(0) or [ValueError()]).exceptions))
