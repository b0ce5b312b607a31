print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len({1}), len(frozenset()), len(range(10)), len(b"xy"), len(bytearray(3)))
print(len(range(0, 100, 3)), len("😀é"), len({}.keys()), len({1: 1}.items()))
for bad in [5, None, 1.5, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class L:
    def __len__(self): return 7
print(len(L()))
class Big:
    def __len__(self): return 2 ** 100
try:
    len(Big())
except OverflowError as e:
    print(type(e).__name__, e)
class Flt:
    def __len__(self): return 2.0
try:
    len(Flt())
except TypeError as e:
    print(type(e).__name__, e)
