def g():
    yield
    yield 1
    yield 1, 2
    yield *a, b
    x = yield
    x = yield 1
    x = yield 1, 2
    yield from it
    x = yield from it
    f((yield))
    f((yield 1))
    f((yield from x))
    y = (yield) + 1
    z = [(yield)]
    return (yield)
    await_ = yield
    a, b = yield
    a[0] = yield x
    yield (yield)
    yield from (yield)
    print((yield), (yield x))
    if (yield): pass
    while (x := (yield)): pass
    yield lambda: 0
    x = yield x if x else y
def h():
    l = lambda: (yield)
