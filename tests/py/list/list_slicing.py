a = list(range(10))
print(a[2:7], a[:3], a[7:], a[-3:], a[::3], a[8:2:-2], a[::-1], a[100:], a[-100:2], a[5:2])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[:] = [0]
print(b)
c = list(range(10))
c[::2] = "abcde"
print(c)
c[1::2] = [None] * 5
print(c)
d = list(range(10))
del d[::3]
print(d)
del d[1:3]
print(d)
del d[:]
print(d)
e = [1, 2, 3]
e[len(e):] = [4, 5]
e[:0] = [0]
print(e)
e[-1:] = []
print(e)
e[10:20] = ["end"]
print(e)
f = [1, 2, 3, 4, 5]
f[3:1] = ["in"]
print(f)
f[::-1] = range(6)
print(f)
g = [0, 1, 2]
g[1:2] = g
print(g)
