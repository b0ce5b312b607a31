a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = [a, a]
print(b)
d = {"self": None}
d["self"] = d
print(d)
c = [d, [d]]
print(c)
t = ([],)
t[0].append(t)
print(t)
try:
    print(a == a)
except RecursionError:
    print("RecursionError")
