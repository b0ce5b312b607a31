async def f(it):
    return [[y async for y in x] for x in it]
