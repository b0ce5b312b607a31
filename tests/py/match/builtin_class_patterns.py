def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case str(s) if not s:
            return "empty str"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case list([x, *_]):
            return f"list starting {x}"
        case list():
            return "empty list"
        case tuple((a, b)):
            return f"pair {a},{b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"a set of {len(v)}"
        case _:
            return f"other {type(v).__name__}"
for v in [True, -3, 7, 1.5, "", "hi", b"x", [9, 8], [], (1, 2), (1, 2, 3), {"k": 0}, {1}, frozenset(), None, 2j]:
    print(kind(v))
