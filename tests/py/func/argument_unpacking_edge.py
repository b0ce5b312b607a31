def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs
print(f(*range(5)))
print(f(*(), **{"a": 1}))
print(f(1, *[2, 3], *(4,), c=5, **{"d": 6}, e=7))
def g(*, a, b): return a - b
print(g(**{"b": 1, "a": 10}))
def h(x, /, *args, **kw): return x, args, kw
print(h(1, 2, x=3))
try:
    f(1, 2, a=3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
