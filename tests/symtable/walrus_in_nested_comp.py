def f(m):
    return [[(hit := v) for v in row] for row in m], hit
