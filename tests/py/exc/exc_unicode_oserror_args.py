for args in [(), (1,), ("a",), ("utf-8", b"\xff", 0, 1, "bad"), ("utf-8", "x", 0, 1, "bad"), ("utf-8", bytearray(b"ab"), 0, 2, "bad"), ("utf-8", b"ab", "0", 2, "bad")]:
    try:
        u = UnicodeDecodeError(*args); print(repr(u), u.args, str(u), u.object)
    except Exception as e: print(type(e).__name__, e)
for args in [(), ("ascii", "\xe9", 0, 1, "bad"), ("ascii", b"x", 0, 1, "r")]:
    try:
        u = UnicodeEncodeError(*args); print(repr(u), str(u), u.encoding)
    except Exception as e: print(type(e).__name__, e)
for args in [(), ("\xe9", 0, 1, "bad")]:
    try:
        u = UnicodeTranslateError(*args); print(repr(u), str(u), u.encoding)
    except Exception as e: print(type(e).__name__, e)
u = UnicodeError("x"); print(u.args, str(u))
e = OSError(2, "No such file", "p.txt"); print(isinstance(e, OSError), e.args, str(e))
e = OSError(13, "denied", "a", None, "b"); print(isinstance(e, OSError), e.args, str(e), e.filename2)
e = OSError(1, 2, 3, 4, 5); print(isinstance(e, OSError), e.args, str(e))
e = FileNotFoundError(2, "x"); print(isinstance(e, OSError), e.args, str(e))
e = OSError(99999, "x"); print(isinstance(e, OSError), e.args, str(e))
e = OSError("a", "b"); print(isinstance(e, OSError), e.args, str(e), e.errno)
e = OSError(2, "x", "f", 4); print(isinstance(e, OSError), e.args, str(e), e.filename2)
e = OSError(2, "x", "f", 4, 5, 6); print(isinstance(e, OSError), e.args, str(e), e.filename2, e.errno)
e = BlockingIOError(11, "x", 7); print(e.characters_written, e.args)
try: Exception().add_note(5)
except Exception as e: print(e)
try: Exception().add_note()
except Exception as e: print(e)
