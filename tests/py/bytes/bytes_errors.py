def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
b = b"abc"
t(lambda: b[5])
t(lambda: b + "x")
t(lambda: "x" + b)
t(lambda: bytes([256]))
t(lambda: bytes([-1]))
t(lambda: bytes("abc"))
t(lambda: bytes(-1))
t(lambda: bytes([1.5]))
t(lambda: bytes.fromhex("zz"))
t(lambda: bytes.fromhex("abc"))
t(lambda: "x" in b)
t(lambda: 256 in b)
def setitem():
    b[0] = 1
t(setitem)
t(lambda: b.decode("ascii", "strict") + b"\xff".decode("ascii"))
t(lambda: b.join(["a"]))
t(lambda: bytes(1.5))
t(lambda: b"%s" % "str")
t(lambda: b < "abc")
t(lambda: b == "abc")
t(lambda: bytearray(b"x") + "y")
