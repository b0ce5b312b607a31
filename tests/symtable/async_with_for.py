async def f(cm, it):
    async with cm as a:
        pass
    async for b in it:
        pass
    return a, b
