g = (x * x for x in range(10) if x % 2)
