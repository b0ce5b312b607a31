print(list(zip([1, 2], "ab")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip("a")), list(zip("ab", "cd", "ef")))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*zip([1, 2], [3, 4]))))
print(list(zip(range(3), range(3), strict=True)))
for a, b in [([1, 2], [1]), ([1], [1, 2])]:
    try:
        list(zip(a, b, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip([1], 5)
except TypeError as e:
    print(type(e).__name__, e)
z = zip("ab", "cd")
print(next(z), list(z), list(z), type(z).__name__)
