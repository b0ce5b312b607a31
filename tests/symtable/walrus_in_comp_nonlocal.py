def outer():
    last = None
    def inner(xs):
        nonlocal last
        return [last := x for x in xs]
    return inner
