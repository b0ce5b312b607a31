class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield f"suspend:{self.label}"
        return f"{self.label} resumed with {reply}"
async def worker():
    a = await Suspend("first")
    print(a)
    b = await Suspend("second")
    print(b)
    return "worker done"
c = worker()
print(c.send(None))
print(c.send("R1"))
try:
    c.send("R2")
except StopIteration as e:
    print("finished:", e.value)
class NotAwaitable:
    pass
async def bad():
    await NotAwaitable()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 5
async def bad2():
    await BadAwait()
try:
    bad2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def awaits_int():
    await 3
try:
    awaits_int().send(None)
except TypeError as e:
    print(type(e).__name__, e)
