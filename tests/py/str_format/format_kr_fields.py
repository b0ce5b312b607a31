# str.format field names, conversions and specs; printf-style % over many values.
class A:
    x = 5
    lst = [1, [2, 3]]
    d = {"k": "v", 1: "one"}
    def __repr__(self): return "A()"
    def __str__(self): return "a-str"
class F:
    def __format__(self, spec): return "F[" + spec + "]"
    def __repr__(self): return "F()"
fmts = ["{}", "{0}", "{0!r}", "{0!s}", "{0!a}", "{0:>8}", "{0:^8}", "{0:*<8}", "{0:.2}", "{0.x}", "{0.lst[1][0]}",
        "{0.d[k]}", "{0.d[1]}", "{0[0]}", "{0[k]}", "{0:{1}}", "{0:{1}{2}}", "{:d}", "{:x}", "{:,}", "{:e}", "{:%}",
        "{0!r:>10}", "{{{0}}}", "{0[", "{0]", "{!}", "{0!}", "{0!rr}", "{0:}", "{0.__class__.__name__}", "{0[-1]}",
        "{a}", "{ 0 }", "{0}{1}{2}{3}", "{0:{1}.{2}f}", "{0:{{}}}", "}}", "{{", "{0:s}", "{0:c}", "{0:=+8}", "{0:010}"]
vals = [("abc",), (42, 5, 1, 0), (3.14159, 10, 3), (A(),), ([1, 2],), ({"k": 9},), (F(), "x"), (None,), (True, 1),
        ("\u00e9\u00e8", 6), (-7, "x", "y", "z"), ((1, 2),), (2**70,)]
for f in fmts:
    for v in vals:
        try:
            r = f.format(*v)
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), repr(v[0]) if not isinstance(v[0], (A, F)) else type(v[0]).__name__, repr(r))
pfmts = ["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%o", "%#x", "%#o", "%e", "%f", "%g", "%c", "%5s", "%-5s|",
         "%.1s", "%05d", "%+d", "% d", "%(k)s", "%%", "%s %s", "%*s", "%-*.*f", "%.3g", "%10.4f", "%z", "%", "%(k", "%#X",
         "%ld", "%5%"]
pvals = ["abc", 42, -3.5, (1, 2), {"k": "vv"}, [1], None, True, 2**65, (5, "ab"), (3, 2, 1.23456), "\u00e9", 65, 1e100]
for f in pfmts:
    for v in pvals:
        try:
            r = f % v
        except Exception as e:
            r = type(e).__name__ + ": " + str(e)
        print(repr(f), repr(v), repr(r))
