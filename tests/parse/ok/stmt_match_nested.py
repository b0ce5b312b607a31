def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            match x:
                case 0:
                    return "left edge"
                case _:
                    return f"click at {x},{y}"
        case {"type": "key", "key": str(k)} if len(k) == 1:
            return k
        case _:
            return None
