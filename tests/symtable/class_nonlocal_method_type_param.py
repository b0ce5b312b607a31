def f():
    y = 1
    class C:
        nonlocal y
        def m[T: y](self): pass
    return C
