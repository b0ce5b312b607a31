def f():
    x = 1
    y = [x for x in range(3)]
    return x, y
