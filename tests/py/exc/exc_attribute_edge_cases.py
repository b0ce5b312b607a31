def show(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, "->", type(e).__name__, e)
show("args del", lambda: delattr(ValueError(), "args"))
show("args set", lambda: (lambda e: (setattr(e, "args", [1, 2]), e.args)[1])(ValueError()))
show("args str", lambda: (lambda e: (setattr(e, "args", "ab"), e.args)[1])(ValueError()))
show("tb bad", lambda: setattr(ValueError(), "__traceback__", 5))
show("cause bad", lambda: setattr(ValueError(), "__cause__", 5))
show("context bad", lambda: setattr(ValueError(), "__context__", 5))
show("cause del", lambda: delattr(ValueError(), "__cause__"))
e = ValueError(); e.__cause__ = KeyError()
show("suppress", lambda: e.__suppress_context__)
show("notes absent", lambda: ValueError().__notes__)
show("with_tb", lambda: ValueError().with_traceback(None))
show("with_tb bad", lambda: ValueError().with_traceback(3))
show("add_note none", lambda: ValueError().add_note())
e2 = ValueError(); e2.__notes__ = 5
show("add_note bad notes", lambda: e2.add_note("x"))
show("stopiter", lambda: (StopIteration().value, StopIteration(1, 2).value))
show("sysexit", lambda: (SystemExit().code, SystemExit(1, 2).code))
show("keyerror str", lambda: (str(KeyError()), str(KeyError(1, 2)), str(KeyError("a"))))
show("importerror", lambda: (lambda e: (e.name, e.path, e.msg, str(e)))(ImportError("m", name="n", path="p")))
show("importerror kw", lambda: ImportError(foo=1))
show("valueerror kw", lambda: ValueError(x=1))
show("attrerr", lambda: (lambda e: (e.name, e.obj))(AttributeError("m", name="n", obj=3)))
show("nameerr", lambda: NameError("m", name="n").name)
show("syntaxerr", lambda: (lambda e: (e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e)))(SyntaxError("m", ("f.py", 1, 2, "t", 1, 3))))
show("syntaxerr short", lambda: SyntaxError("m", ("f.py", 1)))
show("syntaxerr4", lambda: str(SyntaxError("m", ("f.py", 1, 2, "t"))))
show("oserror attrs", lambda: (lambda e: (e.errno, e.strerror, e.filename, e.filename2))(OSError()))
show("repr kw", lambda: repr(ValueError("a", 1)))
show("base new", lambda: repr(BaseException.__new__(ValueError, 1, 2)))
show("exc init", lambda: (lambda e: (Exception.__init__(e, 3, 4), e.args)[1])(ValueError(1)))
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
show("custom", lambda: (repr(E(1, 2)), str(E(1, 2)), E(1, 2).args))
class F(Exception):
    def __init__(self, x):
        self.x = x
show("noinit", lambda: (repr(F(5)), F(5).args))
show("eq", lambda: ValueError(1) == ValueError(1))
show("hash", lambda: type(hash(ValueError())).__name__)
show("dict", lambda: ValueError().__dict__)
show("unicode attrs", lambda: (lambda u: (u.encoding, u.object, u.start, u.end, u.reason))(UnicodeEncodeError("ascii", "x\xe9", 1, 2, "nope")))
u = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad"); u.start = 1
show("unicode set", lambda: str(u))
show("bio", lambda: BlockingIOError(11, "x", 5).characters_written)
show("str multi", lambda: str(ValueError(1, "a")))
show("group ctx", lambda: ExceptionGroup("x", [ValueError()]).__context__)
show("tb none", lambda: ValueError().__traceback__)
show("mro", lambda: [c.__name__ for c in UnboundLocalError.__mro__])
show("isinstance", lambda: isinstance(UnboundLocalError(), NameError))
show("subclass group", lambda: issubclass(ExceptionGroup, BaseExceptionGroup))
