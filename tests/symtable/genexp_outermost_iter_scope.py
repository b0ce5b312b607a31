def f():
    it = range(3)
    return (i for i in it)
