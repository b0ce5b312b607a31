def drive(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("suspended")
async def agen():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("agen caught", e)
        yield "recovered"
    finally:
        print("agen finally")
g = agen()
print(drive(g.__anext__()))
print(drive(g.athrow(ValueError("boom"))))
try:
    drive(g.__anext__())
except StopAsyncIteration:
    print("exhausted")
g2 = agen()
drive(g2.__anext__())
try:
    drive(g2.athrow(KeyError("unhandled")))
except KeyError as e:
    print("propagated", repr(e))
ac = g2.aclose()
print(g2.ag_running, g2.__name__, type(ac).__name__)
ac.close()
