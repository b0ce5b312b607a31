grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
transposed = [list(row) for row in zip(*grid)]
print(transposed == grid)
rotated = [list(row) for row in zip(*grid[::-1])]
print(rotated)
deep = [[1, [2, 3]], [4]]
def deepcopy(x):
    return [deepcopy(v) for v in x] if isinstance(x, list) else x
clone = deepcopy(deep)
clone[0][1].append(99)
print(deep, clone)
flat = []
def flatten(x):
    for v in x:
        if isinstance(v, list):
            flatten(v)
        else:
            flat.append(v)
flatten(clone)
print(flat)
