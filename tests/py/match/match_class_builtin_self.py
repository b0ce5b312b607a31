def describe(v):
    match v:
        case int(0):
            return "int zero"
        case int(n) if n % 2 == 0:
            return f"even int {n}"
        case float(f) | int(f):
            return f"number {f}"
        case str("yes" | "y"):
            return "affirmative"
        case str(x):
            return f"string of {len(x)}"
        case dict() if not v:
            return "empty dict"
        case list([*_]) as l:
            return f"list of {len(l)}"
        case tuple(()):
            return "empty tuple"
        case _:
            return "other"
for v in [0, 4, 7, 2.5, "yes", "y", "no", {}, {"a": 1}, [1, 2, 3], (), (1,), True, False]:
    print(repr(v), "->", describe(v))
