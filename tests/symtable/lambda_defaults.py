def f(n):
    return lambda a, b=n, *c, d=n, **e: (a, b, c, d, e)
