f = lambda: 0
f = lambda x: x
f = lambda x, y: x + y
f = lambda x=1, y=2: x * y
f = lambda *args: args
f = lambda **kwargs: kwargs
f = lambda *args, **kwargs: (args, kwargs)
f = lambda a, /, b, *, c: (a, b, c)
f = lambda a, b=1, /, c=2, *d, e, f=3, **g: 0
f = lambda *, a: a
f = lambda a,: a
f = lambda: (yield)
f = lambda x: lambda y: x + y
f = lambda: lambda: lambda: 0
f = (lambda x: x)(1)
f = lambda x: x if x else None
f = lambda x: (x := x + 1)
f = [lambda: i for i in range(3)]
f = lambda a, /: a
f = lambda *a, b: 0
f = lambda **k,: k
