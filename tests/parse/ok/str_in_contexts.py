def f(a="default", *, b='kw') -> "ret":
    return "result"
d = {"key": "value", 'other': '''v'''}
s = {"a", "b"}
l = ["x", "y"]
t = ("x",)
c = "x" in "xyz"
e = "a" < "b"
m = "abc"[1:]
n = "a" * 3
o = "%s %d" % ("x", 1)
p = "{} {}".format(1, 2)
q = "".join(["a", "b"])
if "x":
    pass
