def f(v):
    match v:
        case [a, *rest]:
            return a, rest
        case {"k": b, **others}:
            return b, others
        case Point(x=px, y=0) as p:
            return px, p
        case 1 | 2 as n:
            return n
        case str() | bytes():
            pass
        case _:
            return None
