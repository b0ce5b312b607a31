def deco(f): return f
def outer():
    d = deco
    @d
    def inner():
        pass
    @d
    @deco
    class K:
        pass
    return inner, K
