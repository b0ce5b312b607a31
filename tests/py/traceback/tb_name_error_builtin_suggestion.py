values = [3, 1, 2]
prnt(values)
