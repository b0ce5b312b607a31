class C:
    f = lambda self: self
    g = [i for i in range(3)]
    h = (lambda: (yield))
