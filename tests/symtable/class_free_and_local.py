def f():
    v = 1
    class C:
        v = v
        def m(self):
            return v
    return C
