match config:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": 2}:
        pass
    case {"nested": {"inner": x}}:
        pass
    case {"a": a, **rest}:
        pass
    case {**rest}:
        pass
    case {1: one, -2: two, 3+4j: c, b"k": bk}:
        pass
    case {None: n, True: t, False: f}:
        pass
    case {Const.KEY: v, "x": [1, 2, *_]}:
        pass
    case {"a": 1,}:
        pass
    case {"a": 1, **rest,}:
        pass
