def f(a=1):
    pass
def f(a, b=2, c=3):
    pass
def f(a=[], b={}, c=(), d=None, e=lambda: 0):
    pass
def f(a=x if y else z, b=(yield_ := 1)):
    pass
def f(a, b=1, *args, c, d=2, e, **kwargs):
    pass
