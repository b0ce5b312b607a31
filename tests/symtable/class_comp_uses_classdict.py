class C:
    r = [__classdict__ for _ in ()]
    s = [lambda: __classdict__ for _ in ()]
