def f(xs):
    a, *b, c = xs
    [d, e] = xs
    (g, (h, i)) = xs
    return a, b, c
