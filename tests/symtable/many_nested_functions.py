def f1():
    v1 = 1
    def f2():
        v2 = 2
        def f3():
            v3 = 3
            def f4():
                return v1 + v2 + v3
            return f4
        return f3
    return f2
