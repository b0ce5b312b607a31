match {"x": 1, "y": 2, "z": 3}:
    case {"x": 1, **others}:
        print(sorted(others.items()))
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match {"k": None}:
    case {"missing": None}:
        print("no")
    case {"k": _}:
        print("wildcard value")
match {1: "int key", -2: "neg key", "s": "str key", None: "none key"}:
    case {1: a, -2: b, "s": c, None: d}:
        print(a, b, c, d)
class M:
    def keys(self): return ["a"]
    def __getitem__(self, k): return k * 2
    def get(self, k, default=None): return k * 3
match M():
    case {"a": v}:
        print("non-dict mapping?", v)
    case _:
        print("custom class without Mapping registration is not a mapping")
