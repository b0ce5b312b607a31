def f():
    x = 5
    t = (1, 2)
    d = {}
    s = "abc"
    r = not_defined_name + 1
f()
