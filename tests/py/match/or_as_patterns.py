def cmd(c):
    match c.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", _]:
            return "unknown direction"
        case ["take" | "grab" | "get", item] | ["pick", "up", item]:
            return f"taking {item}"
        case ["drop", *items] if items:
            return f"dropping {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case [("look" | "inspect") as verb, *rest]:
            return f"{verb} at {rest or 'room'}"
        case _:
            return f"?? {c}"
for c in ["go north", "go up", "take lamp", "grab key", "pick up sword", "drop a b c", "drop", "quit", "look", "inspect box", ""]:
    print(repr(c), "->", cmd(c))
match (1, 2):
    case (1, x) | (x, 1):
        print("x bound by or-pattern:", x)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as whole:
        print(a, b, c, inner, whole)
match 5:
    case int() as n:
        print("as binds", n)
