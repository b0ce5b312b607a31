def f[if]():
    pass
