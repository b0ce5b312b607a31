def f(items):
    fs = []
    for i in items:
        fs.append(lambda: i)
    return fs
