print(dict(), dict(a=1), dict([("a", 1), ("b", 2)]), dict({"a": 1}, b=2), dict(zip("xy", (1, 2))), dict([["k", "v"]]))
print(dict([("a", 1)], a=2), dict(((1, 2),)), dict({1: 2}.items()))
class KeysAndGetitem:
    def keys(self): return ["p", "q"]
    def __getitem__(self, k): return k.upper()
print(dict(KeysAndGetitem()))
for bad in [[1], [(1,)], [(1, 2, 3)], "ab", 5]:
    try:
        print(dict(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(dict.fromkeys(["a", "b"], []), type(dict.fromkeys("")).__name__)
try:
    dict(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
