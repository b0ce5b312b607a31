def a():
    x = 1
    def b():
        x = 2
        def c():
            return x
        return c
    return b, x
