def f[T = ]():
    pass
