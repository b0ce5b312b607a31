print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x * 2 for x in range(3)))
print(tuple(), tuple([1, 2]), tuple("ab"), tuple({1: 2}), tuple(range(2)))
l = [1, 2]
print(list(l) is l, list(l) == l, tuple((1,)) == (1,))
for bad in [5, None]:
    try:
        list(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
