class C:
    fs = [lambda: i for i in range(3)]
