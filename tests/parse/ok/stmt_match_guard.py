match point:
    case Point(x, y) if x == y:
        pass
    case Point(x, y) if x > 0 and y > 0:
        pass
    case [a, b] if (c := a + b) > 10:
        pass
    case _ if cond:
        pass
    case x if x if True else False:
        pass
    case str() if not point:
        pass
    case 1 if lambda: 1:
        pass
