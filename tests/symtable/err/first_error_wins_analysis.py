def f():
    nonlocal p
    def g():
        nonlocal q
