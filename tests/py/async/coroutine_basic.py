async def add(a, b):
    return a + b
coro = add(2, 3)
print(type(coro).__name__, coro.__name__, coro.__qualname__)
try:
    coro.send(None)
except StopIteration as e:
    print("result via StopIteration:", e.value)
async def nested():
    x = await add(1, 1)
    y = await add(x, 10)
    return x, y
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
print(run(nested()))
c2 = add(1, 2)
run(c2)
try:
    c2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
print(type(add).__name__, add.__code__.co_flags & 0x80 != 0)
c3 = add(0, 0)
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
