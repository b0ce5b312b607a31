total = [last := x for x in range(5)]
print(last)
