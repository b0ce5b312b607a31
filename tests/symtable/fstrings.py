def f(v, w):
    return f"{v!r:>{w}} {g(v)=} {[x for x in v]}"
