def f(m):
    return (sum(v for v in row) for row in m)
