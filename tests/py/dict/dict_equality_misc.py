a = {"x": [1, 2], "y": {"z": None}}
b = {"y": {"z": None}, "x": [1, 2]}
print(a == b, a != b, a is b)
print({1: 1} == {1: 1.0}, {1: "a"} == {1.0: "a"}, {"a": 1} == [("a", 1)])
print(dict(a=1) == {"a": 1}, len({}), {}.keys() == set())
print(list({"b": 1, "a": 2}), {**{"a": 1}, "a": 2})
d = dict.fromkeys(range(5), "v")
print(d, list(d.values()).count("v"))
print({k: v for k, v in d.items() if k % 2})
e = {}
e[1] = e
print(e)
print(str({"q": "it's"}), repr({"q": 'say "x"'}))
print(dict(zip(range(3), "abc")).__len__(), {}.__class__.__name__, dict.__mro__)
print(sorted({3: 1, 1: 2, 2: 3}.items(), reverse=True))
