def f():
    x: int = 1
    y: SomeType
    z: (lambda: w) = 2
    return x
