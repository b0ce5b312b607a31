match x:
    case (1):
        pass
    case (a):
        pass
    case ((1 | 2)):
        pass
    case ([a, b]):
        pass
    case (Point()):
        pass
    case ((a) as b):
        pass
