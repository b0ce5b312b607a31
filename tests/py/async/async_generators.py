async def agen(n):
    for i in range(n):
        yield i * 10
    print("agen finishing")
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("awaitable suspended unexpectedly")
g = agen(3)
step = g.__anext__()
print(type(g).__name__, type(step).__name__)
step.close()
g = agen(3)
print(drive(g.__anext__()), drive(g.__anext__()), drive(g.__anext__()))
try:
    drive(g.__anext__())
except StopAsyncIteration as e:
    print("StopAsyncIteration", repr(e))
async def consume():
    out = []
    async for v in agen(4):
        out.append(v)
    return out
print(drive(consume()))
async def with_return():
    yield 1
    return
print(drive(with_return().__anext__()))
async def sender():
    got = yield "first"
    print("received", got)
    yield "second"
s = sender()
print(drive(s.__anext__()), drive(s.asend("hello")))
async def aclose_demo():
    try:
        yield 1
        yield 2
    finally:
        print("async gen cleanup")
a = aclose_demo()
print(drive(a.__anext__()))
drive(a.aclose())
print("closed")
print(drive(anext(agen(1))), drive(anext(agen(0), "default")))
