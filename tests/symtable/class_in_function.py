def f(a):
    class C:
        b = a
        def m(self):
            return a
    return C
