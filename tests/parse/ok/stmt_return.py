def a():
    return
def b():
    return 1
def c():
    return 1, 2
def d():
    return (1, 2)
def e():
    return *a, *b
def f():
    return x if y else z
def g():
    return lambda: 0
def h():
    return (yield)
def i():
    return not x
def j():
    return *a,
