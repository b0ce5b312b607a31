def f(a, /, b, *, c):
    return lambda: (a, b, c)
