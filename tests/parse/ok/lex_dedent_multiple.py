def a():
    if x:
        if y:
            if z:
                return 1
    return 2
def b():
    for i in r:
        while j:
            try:
                pass
            except E:
                with c:
                    pass
x = 1
