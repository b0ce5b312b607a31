def gen():
    x: int = yield
    y: list = yield from other()
    z: int = yield 1
    return x, y, z
