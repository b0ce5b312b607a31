class __classdict__[T]:
    [__classdict__ for __class__ in ()]
