class C:
    match v:
        case [a, b]:
            c: int
