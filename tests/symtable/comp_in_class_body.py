class C:
    xs = [1, 2]
    ys = [x for x in xs]
    zs = [xs for _ in range(2)]
