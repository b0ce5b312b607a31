def f():
    pass
def f(a):
    return a
def f(a, b, c):
    return a + b + c
def f(a,):
    pass
def f(a, b,): pass
def f(): return 1
def f(): x = 1; return x
