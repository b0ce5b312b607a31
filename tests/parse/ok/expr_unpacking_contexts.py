def f():
    return *a, *b
def g():
    yield *a, *b
for x in *a, *b: pass
x = *a, *b
x = [*a, *b]
x = {*a, *b}
x = (*a, *b)
x = {**a, **b}
f(*a, *b, **c, **d)
print(*[1, 2], *(3,), *{4}, *"ab")
a, *b = *c, d
x[*a] = 1
x[*a, *b]
