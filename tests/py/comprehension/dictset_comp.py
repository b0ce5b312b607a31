words = ["apple", "banana", "avocado", "blueberry", "cherry"]
by_first = {}
for w in words:
    by_first.setdefault(w[0], []).append(w)
print(by_first)
print({w[0]: w for w in words})
print({w: len(w) for w in words if len(w) > 5})
print({k: v for k, v in zip("abc", range(3))})
print({i % 3 for i in range(10)})
print(sorted({w[-1] for w in words}))
print({(a, b) for a in range(2) for b in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inv)
print({x: [y for y in range(x)] for x in range(4)})
print({**{k: 0 for k in "ab"}, **{k: 1 for k in "bc"}})
