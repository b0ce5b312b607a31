def drive(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
class Service:
    def __init__(self, name):
        self.name = name
        self.calls = 0
    async def fetch(self, key):
        self.calls += 1
        return f"{self.name}:{key}"
    @classmethod
    async def create(cls, name):
        return cls(name)
    @staticmethod
    async def version():
        return "1.0"
    async def __call__(self, x):
        return await self.fetch(x * 2)
async def main():
    svc = await Service.create("api")
    a = await svc.fetch("a")
    b = await svc(21)
    v = await Service.version()
    multipliers = [lambda x, k=k: x * k for k in range(3)]
    async def inner(n):
        return sum(m(n) for m in multipliers)
    return a, b, v, svc.calls, await inner(10)
print(drive(main()))
co = Service("x").fetch(1)
print(type(Service.fetch).__name__, type(co).__name__)
co.close()
c = Service("y").fetch(1)
c.close()
