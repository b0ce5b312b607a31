def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def cycle(seq):
    while True:
        yield from seq
def islice(it, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        yield v
def takewhile(pred, it):
    for v in it:
        if not pred(v):
            return
        yield v
def primes():
    found = []
    for n in count(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(5, count(10, 5)), take(7, cycle("ab")), list(islice(count(), 4)))
print(list(takewhile(lambda p: p < 50, primes())))
def pairwise(it):
    it = iter(it)
    prev = next(it)
    for cur in it:
        yield prev, cur
        prev = cur
print(list(pairwise([1, 4, 9, 16])))
def running_total(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(running_total(range(1, 6))))
