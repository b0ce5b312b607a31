def f():
    a = 1
    class C:
        class D:
            def m(self):
                return a
    return C
