def f(a: int, /, b: str = "", *args: tuple, c: float, d: bytes = b"", **kw: dict) -> list:
    pass
