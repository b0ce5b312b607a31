async def f(xs):
    return lambda: [x async for x in xs]
