class Yield:
    def __await__(self):
        yield
async def fetch(name, n):
    out = []
    for i in range(n):
        out.append(f"{name}{i}")
        await Yield()
    return out
def gather(*coros):
    pending = list(enumerate(coros))
    results = [None] * len(coros)
    order = []
    while pending:
        still = []
        for idx, c in pending:
            try:
                c.send(None)
                order.append(idx)
                still.append((idx, c))
            except StopIteration as e:
                results[idx] = e.value
        pending = still
    return results, order
print(gather(fetch("a", 3), fetch("b", 1), fetch("c", 2)))
async def compose():
    first = await fetch("x", 2)
    second = await fetch("y", 1)
    return first + second
print(gather(compose()))
