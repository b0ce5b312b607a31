class C:
    __init__ = None
    __x__ = 1
    _single = 2
    __ = 3
