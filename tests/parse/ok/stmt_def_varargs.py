def f(*args):
    pass
def f(**kwargs):
    pass
def f(*args, **kwargs):
    pass
def f(a, *args, b, c=1, **kwargs):
    pass
def f(*, a):
    pass
def f(*, a=1, b):
    pass
def f(*, a, **k):
    pass
def f(*args,):
    pass
def f(**kwargs,):
    pass
def f(*, a,):
    pass
