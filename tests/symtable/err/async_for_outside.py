def f():
    async for x in it:
        pass
