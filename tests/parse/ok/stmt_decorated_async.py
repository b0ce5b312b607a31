@decorator
async def f():
    pass
@a
@b(c)
async def g(x, /, y, *, z):
    async with x as y:
        async for i in y:
            await i
class C:
    @property
    async def p(self): return 1
    @classmethod
    @cache
    async def m(cls): return cls
