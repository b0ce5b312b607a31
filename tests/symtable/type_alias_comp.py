type A = [x for x in range(3)]
