def f():
    class C:
        x: [(y := 1) for _ in ()]
    return C
