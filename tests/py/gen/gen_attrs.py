def g():
    x = yield 1
    print("got", x)
    y = yield from sub()
    return y
def sub():
    yield "s1"
    return "subret"
it = g()
print(it.gi_running, it.gi_suspended, it.gi_code.co_name, it.gi_yieldfrom, repr(it)[:22])
print(next(it), it.gi_suspended)
print(it.send("hello"), it.gi_yieldfrom is not None)
try: it.send(None)
except StopIteration as e: print("stop", e.value)
print(it.gi_suspended, it.gi_frame, it.gi_yieldfrom)
def selfref():
    yield me.gi_running
    yield me.gi_suspended
me = selfref()
print(list(me))
def closing():
    try:
        yield 1
    finally:
        print("finally")
c = closing(); next(c); c.close(); print(c.gi_suspended, c.gi_frame)
c2 = closing(); print(c2.close())
def retclose():
    try: yield 1
    except GeneratorExit: return "closed-value"
r = retclose(); next(r); print(r.close())
def ign():
    while True:
        try: yield 1
        except GeneratorExit: pass
i = ign(); next(i)
try: i.close()
except RuntimeError as e: print(e)
def thr():
    try: yield 1
    except ValueError as e: yield f"caught {e}"
t = thr(); next(t); print(t.throw(ValueError("v")))
try: t.throw(KeyError("k"))
except KeyError as e: print("ke", e)
t2 = thr()
try: t2.throw(ValueError)
except ValueError: print("unstarted throw raises")
print(type(g).__name__, type(it).__name__, g.__code__.co_flags & 0x20)
ge = (x for x in range(3))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name, list(ge))
def running():
    yield it2.gi_running
it2 = running(); print(next(it2))
def recur():
    yield next(it3)
it3 = recur()
try: next(it3)
except ValueError as e: print(e)
print(it.__name__, it.__qualname__)
it.__name__ = "renamed"; print(it.__name__)
try: it.__name__ = 5
except TypeError as e: print(e)
