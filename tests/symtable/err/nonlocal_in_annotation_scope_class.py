def f():
    class C:
        def m[T](self):
            nonlocal T
