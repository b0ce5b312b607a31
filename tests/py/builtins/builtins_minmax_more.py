# min/max: key functions, defaults, stability among equal items, errors.
print(max([3, 1, 3.0], key=lambda v: v), min([1, 1.0, True]), max([True, 1, 1.0]))
print(max("apple", "fig", "banana", key=len), min("apple", "fig", "kiwi", key=len))
print(max([], default=None), min([], default="empty", key=len), max(iter([5]), default=0))
print(max({3: "a", 7: "b"}), min({"b": 1, "a": 2}.items()), max(range(0)) if False else max(range(4)))
print(max([(1, "z"), (1, "a"), (0, "zz")]), min([[2, 1], [2], [1, 9]]))
print(max(1, 2, key=None), min([3, 2], key=None))
for args, kw in [((), {}), (([],), {}), ((5,), {}), ((1, "a"), {}), (([1], 2), {"default": 0}), ((1, 2), {"bad": 1}), (([1, 2],), {"key": 3})]:
    for f in (min, max):
        try:
            print(f.__name__, f(*args, **kw))
        except (TypeError, ValueError) as e:
            print(f.__name__, type(e).__name__, e)
class Weird:
    def __init__(self, n):
        self.n = n
    def __lt__(self, o):
        return self.n < o.n
    def __gt__(self, o):
        return self.n > o.n
    def __repr__(self):
        return f"W{self.n}"
print(min([Weird(3), Weird(1), Weird(2)]), max(Weird(3), Weird(5), Weird(4)))
calls = []
def key(v):
    calls.append(v)
    return -v
print(max([1, 2, 3], key=key), calls)
