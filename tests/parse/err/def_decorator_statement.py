@pass
def f():
    pass
