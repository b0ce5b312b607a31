def f(xs):
    any((hit := x) > 2 for x in xs)
    return hit
