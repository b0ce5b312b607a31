s = "abc"
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: s[3])
t(lambda: s[-4])
t(lambda: s[1.0])
t(lambda: s["a"])
t(lambda: s[None])
t(lambda: s[::0])
def assign():
    s[0] = "x"
t(assign)
def delete():
    del s[0]
t(delete)
t(lambda: s.nope)
t(lambda: s + 1)
t(lambda: s - "a")
t(lambda: s * "2")
t(lambda: s < 1)
t(lambda: "".join([1, 2]))
t(lambda: "".join(["a", None]))
t(lambda: s.index("z"))
t(lambda: s.rindex("z"))
t(lambda: "a,b".split(""))
t(lambda: s.center(5, "ab"))
t(lambda: s.startswith(["a"]))
t(lambda: s.replace(1, 2))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: "{}".format())
t(lambda: s.encode("no-such-codec"))
t(lambda: "é".encode("ascii"))
t(lambda: s.count())
