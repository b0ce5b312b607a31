d = {i: i * i for i in range(6)}
print(d.popitem(), d.popitem(), d)
d[10] = 100
d[0] = "zero updated"
print(d, list(d)[0], list(d)[-1])
del d[0]
d[0] = "re-added"
print(list(d))
e = dict.fromkeys("hello")
print(list(e), "".join(e))
