def f():
    x = 5
    t = (1, 2)
    d = {}
    s = "abc"
    r = d.get("a").strip()
f()
