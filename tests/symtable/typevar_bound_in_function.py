def f():
    X = int
    def g[T: X, U = X](): pass
    return g
