def f():
    [x for x in a]
    [x for x in b]
    x = 1
    return lambda: x
