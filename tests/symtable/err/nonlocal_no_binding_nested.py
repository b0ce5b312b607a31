def f():
    def g():
        nonlocal y
    y = 1 if False else None
    global y
