def f():
    x = 5
    t = (1, 2)
    d = {}
    s = "abc"
    r = t[1:"a"]
f()
