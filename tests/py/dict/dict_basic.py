d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "b" in d, 2 in d, "z" not in d)
d["a"] = 100
print(d)
del d["b"]
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.setdefault("a", 5), d.setdefault("n", []), d)
d["n"].append(1)
print(d.pop("n"), d.pop("missing", "dflt"), d)
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=True), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
e = {1: "one", 1.0: "float-one", True: "bool-one"}
print(e, len(e))
print({(1, 2): "tuple", None: "none", frozenset([1]): "fs", 2.5: "float"})
print({} == dict(), {"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
k = {"x": 1}
k.update(y=2)
k.update({"z": 3})
k.update([("w", 4)])
print(k, k.copy() == k, k.copy() is k)
print(k.popitem(), k)
k.clear()
print(k, bool(k))
