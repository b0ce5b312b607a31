class C:
    match v:
        case 1:
            a: int
