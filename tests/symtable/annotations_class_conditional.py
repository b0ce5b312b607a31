class C:
    if flag:
        a: int
    try:
        b: int
    except E:
        c: str
