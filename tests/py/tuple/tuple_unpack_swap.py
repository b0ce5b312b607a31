a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x = [1, 2, 3]
x[0], x[2] = x[2], x[0]
print(x)
i, x[i] = 1, 99
print(i, x)
(a, b), c = "xy", "z"
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for (k, v) in {"p": 1, "q": 2}.items():
    print(k, v)
pairs = [(1, ("a", True)), (2, ("b", False))]
for n, (s, flag) in pairs:
    print(n, s, flag)
*a, = range(3)
print(a)
