cases = [ValueError(), ValueError(""), ValueError("msg"), ValueError("a", "b"), ValueError(1), ValueError(None),
         KeyError("k"), KeyError(""), KeyError(1, 2), IndexError("idx"), OSError("os"), OSError(), StopIteration(3),
         AttributeError("attr"), NameError("name"), ZeroDivisionError("zde"), UnicodeError("u")]
for e in cases:
    print(f"{type(e).__name__:<18} repr={e!r:<28} str={str(e)!r:<14} args={e.args}")
