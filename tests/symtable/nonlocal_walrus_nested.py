def a():
    def b():
        x = 1
        def c():
            return [x := y for y in range(2)]
        return c
    return b
