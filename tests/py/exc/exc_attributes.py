try:
    {}["key"]
except KeyError as e:
    print(repr(e), e.args, str(e), e.__traceback__ is not None, type(e.__traceback__).__name__)
try:
    int("x")
except ValueError as e:
    print(e.args)
try:
    "abc".nope
except AttributeError as e:
    print(e.name, repr(e.obj), e.args)
try:
    undefined_var
except NameError as e:
    print(e.name, e.args)
try:
    import nonexistent_module_xyz
except ModuleNotFoundError as e:
    print(e.name, e.msg, e.args)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code, e.args)
e = OSError(2, "No such file or directory")
print(e.errno, e.strerror, str(e), e.args)
e2 = OSError(2, "No such file", "path.txt")
print(str(e2), e2.filename)
print(type(OSError("plain")).__name__, str(OSError("plain")), str(OSError()), str(OSError(1, 2, 3, 4, 5)))
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
e3 = Exception("note test")
e3.add_note("first note")
e3.add_note("second note")
print(e3.__notes__)
try:
    e3.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
print(BaseException().args, BaseException(1, 2).args)
