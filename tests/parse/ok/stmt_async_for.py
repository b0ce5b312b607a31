async def f():
    async for x in aiter():
        pass
    async for x in aiter():
        pass
    else:
        done()
    async for a, b in pairs():
        print(a, b)
    async for i in range_async(10): await sleep(i)
