def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": "scroll", "delta": int() | float() as d} if d != 0:
            return f"scroll {d}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty-ish mapping"
        case _:
            return "not a mapping"
events = [
    {"type": "click", "pos": (3, 4)},
    {"type": "click", "pos": [5, 6], "button": 1},
    {"type": "key", "key": "q", "shift": True, "ctrl": False},
    {"type": "key", "key": 5},
    {"type": "scroll", "delta": 2.5},
    {"type": "scroll", "delta": 0},
    {"other": 1},
    {},
    [("type", "click")],
]
for e in events:
    print(handle(e))
class DefaultDict(dict):
    def __missing__(self, key):
        return "synthesized"
match DefaultDict(a=1):
    case {"b": v}:
        print("missing key matched via __missing__?", v)
    case {"a": v}:
        print("a matched", v)
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest, type(rest).__name__)
