x = [[(j := 1) for i in range(2)] for j in range(2)]
