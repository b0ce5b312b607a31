def f():
    x = 5
    t = (1, 2)
    d = {}
    s = "abc"
    for y in x: pass
f()
