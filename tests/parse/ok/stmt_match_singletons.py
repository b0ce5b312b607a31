match x:
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case [None, True, False]:
        pass
    case {"a": None}:
        pass
