def f():
    [x for _ in ()]
    global x
