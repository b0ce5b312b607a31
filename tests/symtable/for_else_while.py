def f(xs):
    for i, (j, k) in enumerate(xs):
        pass
    else:
        done = True
    while cond():
        break
    else:
        other = 1
