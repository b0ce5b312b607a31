class Config:
    """Config with a busy class body."""
    import os
    from os import path as _path
    DEBUG = os.environ.get("DEBUG") == "1"
    if DEBUG:
        level = 10
    else:
        level = 20
    for _name in ("a", "b"):
        pass
    try:
        import json as _json
    except ImportError:
        _json = None
    with open(__file__) if False else __import__("contextlib").nullcontext() as _f:
        pass
    while False:
        pass
    del _name
    squares = [i * i for i in range(5)]
    lookup = {k: v for k, v in zip("ab", (1, 2))}
    handler = staticmethod(lambda x: x)
    match level:
        case 10:
            verbose = True
        case _:
            verbose = False
    type Alias = int
    x: int
    y: str = "y"
    def method(self): return self.x
    @property
    def prop(self): return self.y
    class Nested:
        pass
    async def amethod(self): pass
    assert True
    pass
    ...
