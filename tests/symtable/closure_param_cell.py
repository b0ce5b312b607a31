def f(a, b=2, *args, c, d=4, **kw):
    def g():
        return a + c + len(args) + len(kw)
    return g
