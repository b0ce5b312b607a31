def h(x):
    return x.method(1,
                    2)
h(3)
