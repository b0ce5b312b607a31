class C:
    if x:
        a: int
    zs = [__conditional_annotations__ for _ in ()]
