if x:
    y = 1 + \
2
    z = (
1)
    w = 3
def f():
    return [
1, 2,
        3
    ]
