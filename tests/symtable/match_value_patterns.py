def f(v):
    match v:
        case Color.RED:
            pass
        case (1, q) if q > limit:
            pass
        case [*_]:
            pass
