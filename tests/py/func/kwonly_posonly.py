def f(a, b, /, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)
print(f(1, 2, 3, e=5), f(1, 2, c=3, d=0, e=5, f=7), f(1, 2, 3, 4, e=5))
def pos(x, y=2, /):
    return x, y
print(pos(1), pos(1, 3))
def star_kw(*args, sep="-", **kwargs):
    return sep.join(map(str, args)), kwargs
print(star_kw(1, 2, 3), star_kw(1, sep="+", z=1))
def only_kw(*, a=1, b):
    return a + b
print(only_kw(b=2), only_kw(a=10, b=2), only_kw(**{"b": 5}))
def name_clash(x, /, **kw):
    return x, kw
print(name_clash(1, x=2))
print(f.__code__.co_argcount, f.__code__.co_posonlyargcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames[:6], f.__name__, f.__qualname__)
