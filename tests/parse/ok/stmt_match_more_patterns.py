match x:
    case b"x" | rb"y" | u"z":
        pass
    case -0j:
        pass
    case (1, 2) | [3, 4]:
        pass
    case [*_, last]:
        pass
    # a comment between cases

    case (
        Point(x=0, y=0)
        | Point(x=1, y=1)
    ):
        pass
    case {
        "type": "long",
        "value": [
            int(),
            *_,
        ],
    }:
        pass
    case [
        1,
        2,
    ] if (
        cond
    ):
        pass
    case str() | bytes() as s if len(s) > 3:
        pass
    case Point(x=-1.5) | Point(y=2+3j):
        pass
    case _:
        pass
