def f():
    a = b = c = 1
    x.y = z[0] = 2
