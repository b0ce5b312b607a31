def f(o):
    o.a += 1
    o[k] *= 2
