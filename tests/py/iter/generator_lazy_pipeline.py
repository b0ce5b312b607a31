log = []
def source():
    for i in range(1, 6):
        log.append(f"produce {i}")
        yield i
def double(it):
    for v in it:
        log.append(f"double {v}")
        yield v * 2
def take(it, n):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
pipe = take(double(source()), 2)
print(log)
print(list(pipe))
print(log)
evens = (x for x in range(10) if x % 2 == 0)
squares = (x * x for x in evens)
print(next(squares), next(squares), list(squares))
