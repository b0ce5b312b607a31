lst = [1, 2]
lst.append(1, 2)
