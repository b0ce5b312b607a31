x = 1
y = -2.5 + x * (3, 4)[0]
def f(a, b=1, *args, c, d=2, **kw):
    s = a + b
    for i in range(10):
        if i % 2 and not s:
            continue
        s += i
    while s > 100:
        s //= 2
    else:
        s = -s
    return s if s else None
print(f(1, c=3), *y, **{'k': x})
del x
