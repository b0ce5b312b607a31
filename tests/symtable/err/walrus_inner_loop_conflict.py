def f():
    return [(x := 1) for i in range(2) for x in range(3)]
