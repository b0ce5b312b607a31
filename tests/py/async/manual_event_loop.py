class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
async def task(name, steps, delay):
    for i in range(steps):
        print(f"[{name}] step {i}")
        await Sleep(delay)
    return f"{name} finished"
def run_all(coros):
    now = 0
    queue = [(0, i, c) for i, c in enumerate(coros)]
    results = {}
    while queue:
        queue.sort()
        wake, idx, coro = queue.pop(0)
        now = wake
        try:
            kind, ticks = coro.send(None)
            queue.append((now + ticks, idx, coro))
        except StopIteration as e:
            results[idx] = (now, e.value)
    return results
res = run_all([task("A", 3, 2), task("B", 2, 3), task("C", 1, 1)])
for k in sorted(res):
    print(k, res[k])
