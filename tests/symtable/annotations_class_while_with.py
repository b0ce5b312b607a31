class C:
    while x:
        a: int
    with y:
        b: int
