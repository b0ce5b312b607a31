async def f():
    await x
    await f()
    a = await x
    a = await x + await y
    a = -await x
    a = await x ** 2
    a = (await x) ** 2
    a = await x.y
    a = await x[0]
    a = await x()
    return await x
    await (await x)
    [await z for z in y]
    f(await x)
    await x.y.z().w
    x = [await a, await b]
    return await asyncio.gather(*[fetch(u) for u in urls])
