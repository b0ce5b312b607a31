class C:
    fs = [lambda: x for x in range(3)]
