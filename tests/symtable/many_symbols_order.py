def f():
    z = 1; y = 2; x = 3; w = 4
    a = [w, x, y, z]
    return lambda: (z, a, x)
