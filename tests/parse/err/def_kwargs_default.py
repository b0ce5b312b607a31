def f(**kwargs=1):
    pass
