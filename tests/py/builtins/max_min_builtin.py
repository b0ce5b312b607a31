print(max(1, 2, 3), max([4, 9, 2]), max("abc"), max((1, 2), (1, 3)), max([1.5, 2, 0.5]))
print(min(1, 2, 3), min([4, 9, 2]), min("abc"), min([[2], [1, 5]]), min(-1, -1.0), max(-1.0, -1))
print(max([], default=0), min((), default="none"), max([3], default=0), max(["a", "bb"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([1, 3, 2], key=lambda v: -v), max("hello world".split(), key=len), min([(1, "b"), (1, "a")]))
print(max([2, 1, 2.0]), max([2.0, 1, 2]), min([0, False]), min([False, 0]))
for args, kwargs in [((), {}), (([],), {}), ((1,), {}), ((1, "a"), {}), (([1], 2), {"default": 0}), ((1, 2), {"bad": 1})]:
    try:
        print(max(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    min([], key=len)
except ValueError as e:
    print(type(e).__name__, e)
