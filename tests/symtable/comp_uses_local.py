def f():
    k = 3
    return [i * k for i in range(k)]
