items = [3, 1, 0, 2]
inverse = lambda v: 1 / v
print([inverse(v) for v in items if v])
result = list(map(inverse, items))
