class C:
    r = [await x for x in y]
