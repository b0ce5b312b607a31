print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(-3)))
print(range(3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2), range(0) == range(2, 2))
r = range(1, 20, 4)
print(r, len(r), r[1], r[-1], r[1:3], 9 in r, 10 in r, r.index(13), r.count(5))
print(list(range(True, 3)), range(10)[::-1][0])
try:
    range(0, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range("5")
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, step=1)
except TypeError as e:
    print(type(e).__name__, e)
