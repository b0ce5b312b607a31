class C:
    r = [list(__conditional_annotations__ for _ in ()) for _ in ()]
    s = [__conditional_annotations__ for _ in ()]
