# Every bytes/bytearray method over samples and argument tuples (results and errors).
samples = [b"", b"a,b,,c", b"l1\nl2\r\n", b"\xff\x00a b", b"MiXeD cAsE\x0b", bytearray(b"ba,r")]
args_list = [(), (b"a",), (b"",), (b",", 1), (b"a", None, -1), (1,), (97,), (300,), (9, b"*"), (3, b"xy"),
             (b"", b"-", 2), (None,), ("a",), ((b"a", "x"),), (bytearray(b"a"),), (":", 2), (3, "x")]
methods = ["capitalize", "center", "count", "endswith", "expandtabs", "find", "index", "hex",
           "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "ljust",
           "lower", "lstrip", "partition", "removeprefix", "removesuffix", "replace", "rfind", "rindex", "rjust",
           "rpartition", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip", "swapcase", "title",
           "upper", "zfill", "decode", "join", "translate"]
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
