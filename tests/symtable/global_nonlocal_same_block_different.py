def f():
    a = 1
    def g():
        global b
        nonlocal a
        a = b = 2
    return g
