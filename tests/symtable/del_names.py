def f():
    x = 1
    del x
    def g():
        del y
    return g
y = 2
del y
