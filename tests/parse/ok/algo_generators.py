def take(n, it):
    for _, x in zip(range(n), it):
        yield x


def chain(*iterables):
    for it in iterables:
        yield from it


def accumulate(it, func=lambda a, b: a + b):
    it = iter(it)
    try:
        total = next(it)
    except StopIteration:
        return
    yield total
    for x in it:
        total = func(total, x)
        yield total


def coroutine():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received


gen = coroutine()
next(gen)
gen.send(1)
print(list(take(3, chain("ab", [1, 2]))), list(accumulate([1, 2, 3])))
