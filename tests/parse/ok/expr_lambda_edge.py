lambda: (yield)
lambda: (x for x in y)
lambda: [x for x in y]
lambda x=lambda: 0: x
lambda *a, **k: lambda *b, **l: (a, b, k, l)
lambda x: x if x else lambda: x
(lambda: 0)()
(lambda *a: a)(*range(3))
lambda a, b=1, *c, d, e=2, **f: None
lambda: not x
lambda: x or y
lambda: await_
x = lambda: (a := 1)
x = lambda a, /: a
x = lambda a=1, /: a
x = lambda a, b, /, c: a
sorted(data, key=lambda item: (item[1], -item[0]))
