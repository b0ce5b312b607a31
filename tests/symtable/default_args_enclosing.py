x = 1
def f():
    y = 2
    def g(a=x, b=y, *, c=y):
        return a
    return g
