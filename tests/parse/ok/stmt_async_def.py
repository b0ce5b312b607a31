async def fetch(url):
    return await get(url)
async def nothing():
    pass
async def gen():
    yield 1
    await sleep(0)
@decorator
async def decorated(a, /, b, *, c):
    return a
class C:
    async def method(self):
        await self.other()
    @staticmethod
    async def static():
        pass
async def outer():
    async def inner():
        return 1
    def sync_inner():
        return 2
    return await inner() + sync_inner()
