async def f():
    [x async for x in aiter()]
    {x async for x in aiter()}
    {k: v async for k, v in aitems()}
    (x async for x in aiter())
    [await x for x in y]
    [x for x in await y]
    [x async for x in aiter() if await pred(x)]
    [x async for y in aiter() for x in y]
    [x for y in z async for x in y]
    [[x async for x in y] for y in z]
    [x async for x in aiter() async for y in x]
    return [await fetch(u) async for u in urls if u]
def not_async():
    return (x async for x in y)
