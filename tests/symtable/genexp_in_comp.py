def f(m):
    return [list(x for x in row) for row in m]
