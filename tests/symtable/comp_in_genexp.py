def f(m):
    return ([x for x in row] for row in m)
