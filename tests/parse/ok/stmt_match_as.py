match x:
    case [a, b] as pair:
        pass
    case (1 | 2) as num:
        pass
    case 1 | 2 as num:
        pass
    case Point(x=0 as zero) as p:
        pass
    case {"k": [1, 2] as lst}:
        pass
    case [(a as b), c as d]:
        pass
    case _ as anything:
        pass
