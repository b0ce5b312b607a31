def f(xs):
    return [x for x in xs if (t := x) > 0]
