class Yield:
    def __await__(self):
        return (yield "paused")
async def guarded():
    try:
        v = await Yield()
        print("got", v)
    except ValueError as e:
        print("coroutine caught", e)
        return "recovered"
    finally:
        print("coroutine finally")
c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("injected"))
except StopIteration as e:
    print("result", e.value)
c2 = guarded()
c2.send(None)
c2.close()
print("closed c2")
c3 = guarded()
c3.send(None)
try:
    c3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
async def simple():
    return 1
c4 = simple()
c4.close()
print("closed unstarted coroutine")
print(c4.cr_frame, c4.cr_running)
