def f():
    x = 1
    def g():
        nonlocl x
