match x:
    case Point(x=):
        pass
