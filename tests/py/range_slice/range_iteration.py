r = range(0, 20, 5)
it = iter(r)
print(next(it), list(it), list(r), list(r))
print([i for i in range(3, -4, -2)], list(range(-5, -1)), sum(range(0, 100, 2)))
for i in range(2, -1, -1):
    print("countdown", i)
print(list(zip(range(3), range(10, 20))), dict(zip("abc", range(3))))
print(range(5)[2:], range(5)[-2:], range(0, 10, 3)[::-1], range(10)[::-3])
print(list(range(10)[1::2]), range(100)[10:20:5], len(range(10)[::4]))
