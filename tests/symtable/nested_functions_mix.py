def f(a):
    b = 1
    def g(c):
        d = 2
        def h():
            return a, b, c, d, e
        return h
    e = 3
    return g
