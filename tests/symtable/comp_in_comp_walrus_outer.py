def f(rows):
    return [[(last := v) for v in r] for r in rows], last
