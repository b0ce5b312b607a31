def f():
    x: int = y
    z: int
    return z
