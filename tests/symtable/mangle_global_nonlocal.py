def f():
    __v = 1
    class C:
        global __g
        def m(self):
            nonlocal __v
            __g = 1
    return C
