asynch def f():
    pass
