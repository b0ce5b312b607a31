[(m := i) for i in range(3)]
def g():
    return m
