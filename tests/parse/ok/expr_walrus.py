(y := f(x))
x = (y := 1)
if (n := len(a)) > 10:
    pass
while (chunk := read()):
    pass
[y := f(x), y ** 2]
[y for x in data if (y := f(x)) is not None]
[(y := x) for x in data]
{(k := 1): 2}
{y := 1, 2}
{y := 1}
f(x := 1)
f(a, x := 1, b=2)
a[x := 1]
a[x := 1, y := 2]
a[(x := 1):2]
def g():
    return (x := 1)
def h():
    yield (x := 1)
assert (x := 1)
lambda: (x := 1)
print(f"{(x := 10)}")
(x := 1, y := 2)
foo(x := 3, cat='vector')
if any((last := n) % 2 for n in nums): pass
elif (z := 3): pass
with (x := ctx()) as y: pass
del (x := 1)[0]
(x := (y := 1))
