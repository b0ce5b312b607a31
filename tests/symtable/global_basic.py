g = 0
def f():
    global g
    g = 1
    return g
