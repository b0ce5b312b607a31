class C:
    global counter
    counter = 0
    def inc(self):
        global counter
        counter += 1
        class Inner:
            nonlocal_ = 1
            def m(self):
                global counter
                return counter
        return Inner
def outer():
    v = 0
    class K:
        def m(self):
            nonlocal v
            v += 1
            return v
    return K
