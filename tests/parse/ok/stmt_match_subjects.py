match x:
    case _: pass
match (x):
    case _: pass
match x, y:
    case a, b: pass
match x, y,:
    case _: pass
match *a, b:
    case _: pass
match x,:
    case _: pass
match f(x):
    case _: pass
match x.attr[0]:
    case _: pass
match [1, 2]:
    case _: pass
match {1: 2}:
    case _: pass
match -x:
    case _: pass
match (x := f()):
    case _: pass
match not x:
    case _: pass
match lambda: 0:
    case _: pass
match await_ if cond else other:
    case _: pass
async def f():
    match await x:
        case _: pass
