print(list(filter(None, [0, 1, False, True, "", "s", None, [], [0]])))
print(list(filter(lambda x: x > 2, [1, 3, 2, 4])), list(filter(str.isupper, "aBcD")))
print(list(map(lambda x: x ** 2, range(5))), list(map(min, [3, 1], [2, 4], [5, 0])))
print(list(map(str, (1, 2.5, None))), list(map(int, "1 2 3".split())))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
