class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    total = 0
    async for t in Ticker(4):
        total += t
    else:
        print("async for else runs")
    async for t in Ticker(10):
        if t == 3:
            break
    return total, t
print(drive(main()))
async def not_async_iterable():
    async for x in [1, 2]:
        pass
try:
    drive(not_async_iterable())
except TypeError as e:
    print(type(e).__name__, e)
class BadANext:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def bad_anext():
    async for x in BadANext():
        pass
try:
    drive(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
