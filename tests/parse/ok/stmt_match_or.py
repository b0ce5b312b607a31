match x:
    case 1 | 2 | 3:
        pass
    case "a" | "b":
        pass
    case [1, 2] | [3, 4]:
        pass
    case Point(x=0) | Point(y=0):
        pass
    case (1 | 2) | 3:
        pass
    case [(1 | 2), *_] | []:
        pass
    case None | True | False:
        pass
    case {"a": 1 | 2}:
        pass
