def a() -> None: pass
def b() -> int | str: pass
def c() -> list[dict[str, tuple[int, ...]]]: pass
def d() -> "Forward[Ref]": pass
def e() -> Callable[[int], Awaitable[None]]: pass
def f() -> (int): pass
def g() -> (int, str): pass
def h() -> lambda: 0: pass
def i() -> a if b else c: pass
def j() -> not x: pass
async def l() -> AsyncIterator[int]: yield 1
