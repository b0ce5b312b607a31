def f(p):
    with open(p) as fh, lock:
        return fh.read()
async def g(cm):
    async with cm as x:
        await x
    async for i in cm:
        print(i)
