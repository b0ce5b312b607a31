def f(**kwargs: *Ts):
    pass
