def f():
    k = 1
    return [lambda: k for i in range(3)]
