def parse(s):
    try:
        return int(s)
    except ValueError as e:
        e.add_note(f"while parsing {s!r}")
        raise
try:
    parse("abc")
except ValueError as e:
    print(e, e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        e.add_note("note 1")
        e.add_note("note 2")
        raise
except KeyError as e:
    print(repr(e), e.__notes__)
e = RuntimeError("x")
print(hasattr(e, "__notes__"))
e.__notes__ = ["manual"]
e.add_note("appended")
print(e.__notes__)
