class C:
    a: int = (b := 1)
