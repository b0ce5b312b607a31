names = ["ann", "bob", "cat"]
ages = [31, 25, 40]
for i, (n, a) in enumerate(zip(names, ages), start=1):
    print(f"{i}. {n:<4}{a:>3}")
print(dict(zip(names, ages)), list(zip(*[(1, "a"), (2, "b")])))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)], [sum(c) for c in zip(*matrix)])
pairs = list(zip(names, names[1:]))
print(pairs)
idx = {n: i for i, n in enumerate(names)}
print(idx, [n for i, n in enumerate(names) if i % 2 == 0])
print(max(enumerate(ages), key=lambda p: p[1]), min(zip(ages, names)))
