d = {}
for k in ["banana", "apple", "cherry"]:
    d[k] = len(k)
print(d)
d["apple"] = 0
print(d)
del d["banana"]
d["banana"] = 1
print(d)
print(list(reversed(d)), list(reversed(d.items())))
m = {3: "c", 1: "a", 2: "b"}
print(m, sorted(m), sorted(m.items(), key=lambda kv: kv[1]))
print(dict(sorted(m.items())))
merged = {"a": 1, "b": 2} | {"b": 20, "c": 3}
print(merged)
base = {"x": 1}
base |= {"y": 2}
base |= [("z", 3)]
print(base)
try:
    {"a": 1} | [("b", 2)]
except TypeError as e:
    print(type(e).__name__, e)
