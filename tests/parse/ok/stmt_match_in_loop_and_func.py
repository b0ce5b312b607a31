def process(commands):
    results = []
    for cmd in commands:
        match cmd.split():
            case ["go", direction] if direction in {"north", "south", "east", "west"}:
                results.append(("move", direction))
            case ["go", _]:
                results.append(("error", "bad direction"))
            case ["pick", "up", *items] | ["take", *items]:
                results.extend(("take", i) for i in items)
            case ["drop", item, *_]:
                results.append(("drop", item))
            case ["quit" | "exit"]:
                break
            case []:
                continue
            case [verb, *_]:
                results.append(("unknown", verb))
    else:
        results.append(("eof", None))
    return results
