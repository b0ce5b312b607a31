def f(v):
    match v:
        case x if (y := x):
            return y
