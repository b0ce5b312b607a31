def f():
    async with cm:
        pass
