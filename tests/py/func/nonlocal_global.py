x = "global"
def f():
    x = "enclosing"
    def g():
        nonlocal x
        x = "modified by g"
    def h():
        global x
        x = "modified global by h"
    g()
    h()
    return x
print(f(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
    for _ in range(5):
        inc()
    return n
print(counter())
def deep():
    v = 0
    def a():
        def b():
            nonlocal v
            v += 100
        b()
    a()
    return v
print(deep())
def unbound():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(unbound())
def delete_nonlocal():
    z = 5
    def d():
        nonlocal z
        del z
    d()
    try:
        return z
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(delete_nonlocal())
