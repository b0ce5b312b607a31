def h(p):
    match p:
        case [1, *rest] if rest:
            return rest
        case {"k": v, **kw}:
            return v, kw
        case Point(x=0, y=yy) | Point(x=yy, y=0):
            return yy
        case str() | bytes() as s:
            return s
        case -1 | 1+2j | None:
            return 0
        case [a, b, *_]:
            return a + b
        case _:
            return None
