it = iter([1, 2, 3, 4, 5])
for x in it:
    if x == 2:
        break
print(list(it))
g = (i for i in range(5))
print(sum(g), sum(g))
z = zip([1, 2, 3], [4, 5, 6])
print(list(z), list(z))
m = map(abs, [-1, -2])
print(1 in m, list(m))
e = enumerate("abc")
print(list(e), next(e, "empty"))
r = iter(range(3))
print(list(r), list(r))
d = {"a": 1, "b": 2}
ki = iter(d)
print(next(ki), list(ki))
s = iter("xyz")
print(3 in [1, 2, 3], "y" in s, list(s))
