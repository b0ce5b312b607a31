print(hash(0), hash(1), hash(-1), hash(-2), hash(True), hash(False), hash(100))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(-0.0))
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(hash("abc") == hash("abc"), hash(b"abc") == hash(b"abc"), hash(None) == hash(None))
for bad in [[], {}, set(), bytearray()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self): return 12345
print(hash(H()))
nan = float("nan")
print(hash(float("inf")) == hash(float("inf")), hash(nan) == hash(nan))
