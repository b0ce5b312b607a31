lambda a, b, *, c, b=1: 0
