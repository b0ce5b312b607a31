def f():
    x = int
    type A = list[x]
    return A
