def f():
    x = 1
    def g():
        del x
    def h():
        return x
    return g, h
