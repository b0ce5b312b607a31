def f():
    x = 5
    t = (1, 2)
    d = {}
    s = "abc"
    r = divmod(1, 0)
f()
