async def numbers(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    a = [x async for x in numbers(5)]
    b = [await double(x) for x in range(3)]
    c = {x: await double(x) async for x in numbers(3) if x != 1}
    d = {x % 2 async for x in numbers(6)}
    e = [y for y in [await double(10)]]
    gen = (x * x async for x in numbers(4))
    f = [v async for v in gen]
    return a, b, c, d, e, f, type(gen).__name__
print(drive(main()))
