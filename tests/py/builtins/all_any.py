print(all([]), any([]), all([1, 2, 3]), all([1, 0, 3]), any([0, 0, 1]), any([0, "", None, []]))
print(all("abc"), any(""), all(x > 0 for x in [1, 2]), any(x > 5 for x in range(5)))
print(all([[]]), any([[]]), all([[0]]), any({0: 1}), all({1: 0}))
def noisy(v):
    print("checking", v)
    return v
print(all(noisy(v) for v in [1, 0, 2]))
print(any(noisy(v) for v in [0, 3, 4]))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
class Falsy:
    def __bool__(self): return False
print(all([Falsy()]), any([Falsy(), Falsy()]))
