d = {}
d[1] = "int"
d[1.5] = "float"
d["1"] = "str"
d[(1,)] = "tuple"
d[None] = "none"
d[True] = "bool replaces 1's value"
d[frozenset()] = "frozenset"
d[b"1"] = "bytes"
d[range(1)] = "range"
d[int] = "type"
print(len(d))
for k, v in d.items():
    print(repr(k), "->", v)
print(d[1.0], d[range(0, 1)])
