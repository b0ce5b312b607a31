d = {"a": 1, "b": 2}
print(d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("c"), d.pop("x", None), d)
print(d.get("a", "dflt"), d.get("z", "dflt"), d.keys() - {"a"}, d.items() | {("z", 0)} == {("a", 1), ("b", 2), ("z", 0)})
d2 = d.copy()
d2["a"] = 10
print(d, d2)
d.update({"b": 20}, c=30)
print(d)
d.update([("d", 40)], e=50)
print(d, len(d))
while d:
    print(d.popitem(), end=" ")
print()
print(dict.fromkeys("abc", 0), {}.fromkeys([1, 2]))
print({"x": 1}.__contains__("x"), {"x": 1}.__getitem__("x"), {"x": 1}.__len__())
