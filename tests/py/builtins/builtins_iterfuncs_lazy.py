# enumerate, zip, map, filter, reversed and iter(f, sentinel) are lazy:
# they pull from their iterators only as they are consumed.
log = []
def src(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        yield i

e = enumerate(src("e", 3), start=10)
print(log, type(e).__name__)
print(next(e), log)
print(list(e), log)
log.clear()

z = zip(src("a", 3), src("b", 2))
print(next(z), log)
print(list(z), log)
log.clear()

m = map(lambda x, y: x * y, src("p", 3), src("q", 3))
print(log)
print(list(m), log)
log.clear()

f = filter(lambda v: v % 2, src("f", 5))
print(next(f), log)
print(list(f), log)
print(list(filter(None, [0, 1, "", "a", [], [0], None, 2.5])))
print(list(filter(bool, [0, 1, False, True])))

class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        log.append(i)
        return "abc"[i]
log.clear()
r = reversed(Seq())
print(type(r).__name__, log)
print(list(r), log)
print(list(reversed(range(3))), list(reversed((1, 2, 3))), list(reversed("xyz")), list(reversed({"a": 1, "b": 2})))

class Rev:
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(Rev())))
class NoRev:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
try:
    reversed(NoRev())
except TypeError as e:
    print(type(e).__name__, e)
for bad in [5, {1, 2}, iter([])]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)

count = [0]
def tick():
    count[0] += 1
    return count[0]
it = iter(tick, 4)
print(type(it).__name__, list(it), list(it), count)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))

# exhausted iterators stay exhausted
for make in [lambda: enumerate([]), lambda: zip([]), lambda: map(abs, []), lambda: filter(None, []), lambda: reversed([])]:
    x = make()
    print(type(x).__name__, list(x), next(x, "done"), iter(x) is x)

# big start and negative start
print(list(enumerate("ab", 2**64)), list(enumerate("ab", -1)), list(enumerate("a", True)))

# subclassing the iterator types
class Numbered(enumerate):
    pass
n = Numbered("xy", 1)
print(type(n).__name__, list(n), isinstance(n, enumerate))
