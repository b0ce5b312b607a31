async def fails():
    raise ValueError("async failure")
async def caller():
    try:
        await fails()
    except ValueError as e:
        return f"caught {e}"
def drive(c):
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(drive(caller()))
async def chained():
    try:
        await fails()
    except ValueError as e:
        raise RuntimeError("wrapped") from e
try:
    drive(chained())
except RuntimeError as e:
    print(repr(e), repr(e.__cause__))
async def agen_error():
    yield 1
    raise KeyError("in async gen")
async def consume():
    seen = []
    try:
        async for v in agen_error():
            seen.append(v)
    except KeyError as e:
        seen.append(repr(e))
    return seen
print(drive(consume()))
async def group():
    result = []
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as g:
        result.append(f"values {g.exceptions}")
    except* TypeError as g:
        result.append(f"types {g.exceptions}")
    return result
print(drive(group()))
