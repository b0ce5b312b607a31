class AsyncCM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    async def __aenter__(self):
        print("aenter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("aexit", self.name, et.__name__ if et else None)
        return self.suppress
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    async with AsyncCM("a") as v:
        print("inside", v)
    async with AsyncCM("b", suppress=True):
        raise ValueError("swallowed")
    try:
        async with AsyncCM("c"):
            raise KeyError("escapes")
    except KeyError as e:
        print("caught", repr(e))
    async with AsyncCM("x") as x, AsyncCM("y") as y:
        print(x, y)
    return "done"
print(drive(main()))
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): pass
async def wrong():
    async with SyncOnly():
        pass
try:
    drive(wrong())
except TypeError as e:
    print(type(e).__name__, e)
async def wrong2():
    with AsyncCM("z"):
        pass
try:
    drive(wrong2())
except TypeError as e:
    print(type(e).__name__, e)
