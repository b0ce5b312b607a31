a = [1, 2]
b = a
a = a + [3]
print(a, b)
a = b
a += [3]
print(a, b, a is b)
c = [0] * 3
d = c
c *= 2
print(d, c is d)
e = [1]
e.extend(e)
print(e)
f = [1, 2]
f[len(f):] = f
print(f)
g = [3, 1, 2]
h = g
g = sorted(g)
print(g, h)
h.sort()
print(h)
