def f(xs):
    ys = [y := x * 2 for x in xs]
    return y, ys
