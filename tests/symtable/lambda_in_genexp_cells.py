def f(n):
    return list(lambda: i + n for i in range(3))
