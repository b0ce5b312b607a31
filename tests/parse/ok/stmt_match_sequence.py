match seq:
    case []:
        pass
    case ():
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [a, b]:
        pass
    case a, b:
        pass
    case a, b,:
        pass
    case [a, *rest]:
        pass
    case [*rest, last]:
        pass
    case [first, *middle, last]:
        pass
    case (*_,):
        pass
    case [*_]:
        pass
    case *a, b:
        pass
    case [[a, b], [c, d]]:
        pass
    case [1, "two", None, *others]:
        pass
    case [a, (b, c), *_]:
        pass
