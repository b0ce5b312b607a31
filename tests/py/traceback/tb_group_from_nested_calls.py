def f():
    raise ExceptionGroup("in f", [ValueError("x")])
def g():
    f()
g()
