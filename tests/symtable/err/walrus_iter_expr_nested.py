def f():
    return [x for x in [z for z in (w := range(3))]]
