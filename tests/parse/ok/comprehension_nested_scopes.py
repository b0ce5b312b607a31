class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    pairs = {k: v for k, v in zip(vals, vals)}
def f(n):
    return [[i * j for j in range(n)] for i in range(n)]
matrix = [[row[i] for row in m] for i in range(len(m[0]))]
flat = [x for row in m for x in row]
nested = [[[z for z in y] for y in x] for x in w]
