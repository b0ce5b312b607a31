type A = [y := 1 for _ in range(2)]
