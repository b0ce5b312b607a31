xs = [1, 2]
ys = [x + 1 for x in xs]
zs = {k: k for k in ys}
