def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
print(show(**{"b": 1, "a": 2}, c=3))
def f(a, b, c):
    return a, b, c
print(f(c=3, a=1, b=2), f(1, c=3, b=2), f(*[1], **{"c": 3, "b": 2}))
args = {"sep": "-", "end": "!\n"}
print("x", "y", **args)
def order(first, *rest, last="L", **extra):
    return first, rest, last, extra
print(order(1), order(1, 2, 3), order(1, last="X", other=5), order(first=0))
