class C:
    n = 3
    g = (i for i in range(n))
    h = (n for i in range(2))
