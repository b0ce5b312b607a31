def f[T](a, *, b=1, c): pass
def g[T](a=1, *, b): pass
