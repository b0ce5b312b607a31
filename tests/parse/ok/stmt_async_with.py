async def f():
    async with lock:
        pass
    async with open_conn() as conn, session() as s:
        await conn.send(s)
    async with (
        a() as x,
        b() as y,
    ):
        pass
    async with (a, b):
        pass
