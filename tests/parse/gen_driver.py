# Oracle-side driver for tests/parse/gen_expected.sh.  Runs under CPython 3.14
# (the cpython314 oracle), never under krait and never when running the tests.
#
# gen_expected.sh copies the test files of one directory (ok, err or
# compile_err) next to a copy of this script named _krait_gen_<DIR>.py and runs
# it; the oracle makes that directory the cwd.  Prints one JSON list of
# records, which gen_expected.sh turns into the expected files:
#   ok/NAME.py           -> NAME.py.out: print(ast.dump(ast.parse(bytes)))
#   err/NAME.py          -> NAME.py.err: stderr of `python3.14 NAME.py`
#   compile_err/NAME.py  -> both of the above (the AST parses, compile fails)
#
# "stderr of python3.14 NAME.py" is produced the way the real interpreter
# produces it: PyRun_SimpleFileExFlags on a FILE* (through ctypes), i.e. the
# file-based tokenizer (bytes, BOM, coding cookie, null bytes and non-UTF-8
# errors exactly as for a real file) followed by PyErr_Print, which formats the
# SyntaxError through the traceback module (incl. "Did you mean 'X'?" keyword
# typo suggestions).  It is only done for sources that fail to compile, so no
# test file is ever executed.
import ast, ctypes, glob, io, json, os, sys, warnings

mode = os.path.basename(__file__)[len("_krait_gen_"):-len(".py")]

libc = ctypes.CDLL(None)
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]


class _Flags(ctypes.Structure):
    _fields_ = [("cf_flags", ctypes.c_int), ("cf_feature_version", ctypes.c_int)]


_run_file = ctypes.pythonapi.PyRun_SimpleFileExFlags
_run_file.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int, ctypes.POINTER(_Flags)]
_run_file.restype = ctypes.c_int


def run_as_main(name):
    """stderr of `python3.14 NAME` for a file that does not compile."""
    fp = libc.fopen(name.encode(), b"rb")
    if not fp:
        raise OSError("cannot open " + name)
    old = sys.stderr
    sys.stderr = buf = io.StringIO()
    try:
        rc = _run_file(fp, name.encode(), 1, ctypes.byref(_Flags(0, sys.version_info[1])))
    finally:
        sys.stderr = old
    return rc, buf.getvalue()


def describe(e):
    return "%s: %s" % (type(e).__name__, e)


records = []
for name in sorted(glob.glob("*.py")):
    if name.startswith("_krait_gen_"):
        continue
    data = open(name, "rb").read()
    rec = {"name": name}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            tree = ast.parse(data)
        except BaseException as e:
            tree = None
            rec["parse_error"] = describe(e)
        if tree is not None:
            rec["dump"] = ast.dump(tree) + "\n"
            try:
                compile(data, name, "exec")
            except BaseException as e:
                rec["compile_error"] = describe(e)
    if mode != "ok" and ("parse_error" in rec or "compile_error" in rec):
        rc, err = run_as_main(name)
        rec["rc"] = rc
        rec["stderr"] = err
    records.append(rec)

print(json.dumps({"mode": mode, "records": records}))
