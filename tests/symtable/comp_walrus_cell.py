def f():
    r = [(y := x) for x in range(3)]
    return lambda: y
