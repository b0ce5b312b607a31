def f():
    n = 0
    n += 1
    def g():
        m += 1
    return g
k = 0
k += 1
