async def f(aw):
    x = await aw
    return x
