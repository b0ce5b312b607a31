class C:
    [x for x in __classdict__]
    a: int
