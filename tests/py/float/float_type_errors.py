def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: 1.5 + "a")
t(lambda: "a" * 1.5)
t(lambda: [1] * 2.0)
t(lambda: 1.5 // "x")
t(lambda: 1.5 << 1)
t(lambda: ~1.5)
t(lambda: 1.5 % None)
pair = [1, 2]
t(lambda: pair[1.0])
t(lambda: range(1.0))
t(lambda: hex(1.5))
t(lambda: chr(65.0))
t(lambda: (1.5).foo)
t(lambda: float.fromhex("zz"))
t(lambda: divmod(1.5, 0.0))
t(lambda: 1.5 ** "2")
