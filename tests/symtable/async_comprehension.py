async def f(it):
    xs = [x async for x in it]
    ys = [await y for y in xs]
    return xs, ys
