# sum(): int fast path past 64 bits, Neumaier-compensated floats (3.12+),
# compensated complex (3.14), and the fallback to + for everything else.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1e-100]))
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([1, 2**64, -2**64]))
print(sum([1.5, 2**64]), sum([2**63 - 1, 1]), sum(range(10**5)))
print(sum([1j, 2.5, 3]), sum([0.1j] * 10), sum([1 + 1j, 2], 0.5))
print(sum([], 1.5), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
print(sum([float("inf"), 1.0]), sum([1e308, 1e308]), sum([float("inf"), -float("inf")]))
print(sum([True, 2, 3.0]), type(sum([True, False])).__name__, sum([[1], [2]], []))
print(sum((x / 10 for x in range(10))), sum(x * x for x in range(5)))
class Acc:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Acc(self.v + (o.v if isinstance(o, Acc) else o))
    def __radd__(self, o):
        return Acc(o + self.v)
print(sum([Acc(1), Acc(2)]).v, sum([1.5, Acc(2)]).v, sum([Acc(1)], 10).v)
for bad in [(["a"], ""), ([b"x"], b""), ([1, None], 0), (None, 0)]:
    try:
        sum(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
