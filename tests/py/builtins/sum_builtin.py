print(sum([]), sum([1, 2, 3]), sum((0.5, 0.25)), sum(range(101)), sum([1, 2], 10), sum([[1], [2, 3]], []), sum([(1,), (2,)], ()))
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([1, 2.5, 3j]), sum([True, True, True]), sum(x * x for x in range(4)))
print(sum([], start=5), sum(iter([1, 2])), type(sum([])).__name__, type(sum([1.0])).__name__)
for bad, start in [(["a", "b"], ""), ([b"a"], b""), ([bytearray(b"x")], bytearray()), ([1, "x"], 0), (5, 0)]:
    try:
        print(sum(bad, start))
    except TypeError as e:
        print(type(e).__name__, e)
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __radd__(self, o): return V(self.v + o)
print(sum([V(1), V(2), V(3)]).v, sum([V(1)], V(10)).v)
