def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i
print([x * 2 for x in evens(10)])
print(dict((x, x ** 2) for x in evens(7)))
print(set(x % 3 for x in evens(20)))
print(tuple(c for c in "abc"))
print(list(zip((x for x in range(3)), [x for x in "xyz"])))
nested = ((i, j) for i in range(2) for j in range(2))
print(next(nested), list(nested))
print(sorted((x for x in [3, 1, 2]), reverse=True))
print("".join(ch for ch in "h-e-l-l-o" if ch != "-"))
print(any(x > 5 for x in evens(20)), all(x % 2 == 0 for x in evens(20)))
