# Every str method over sample strings and argument tuples (results and errors).
samples = ["", "a,b,,c", "x\ty\tz", "line1\nline2\r\n", "\u00e9t\u03a3 \ufb01", "a b  c   d\U0001F600"]
args_list = [(), ("a",), ("",), (",",), ("a", -2), ("a", None, -1), (1,), (9, "*"), (3, "\u00e9"), ("a", "bb", 1),
             ("", "-", 2), (None,), (" ", 1), (("a", "x"),)]
methods = ["capitalize", "casefold", "center", "count", "endswith", "expandtabs", "find", "index",
           "isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower", "isnumeric",
           "isprintable", "isspace", "istitle", "isupper", "ljust", "lower", "lstrip", "partition",
           "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit",
           "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title", "upper", "zfill"]
for s in samples:
    for m in methods:
        f = getattr(s, m)
        noargs = m.startswith("is") or m in ("lower", "upper", "title", "swapcase", "capitalize", "casefold")
        for a in ([(), (1,)] if noargs else args_list):
            try:
                r = f(*a)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print(repr(s), m, repr(a), repr(r))
