class C:
    r = [list(x for x in row) for row in m]
