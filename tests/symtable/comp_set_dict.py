def f(xs):
    s = {x for x in xs}
    d = {k: v for k, v in xs}
    return s, d
