def f(xs):
    return [y for x in xs for y in [x, (z := x)]]
