T = 1
def f[T](x: T) -> T:
    def g():
        return T
    return g
