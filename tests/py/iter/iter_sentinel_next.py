data = [3, 1, 4, 1, 5, 9, 2, 6]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 9)))
print(list(iter(reader, 99)) if False else "skip")
counter = iter(range(3))
print(next(counter), next(counter), next(counter), next(counter, "exhausted"), next(counter, None))
try:
    next(counter)
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args, e.value)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(len, 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, list(it), list(it))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
