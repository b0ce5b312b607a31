import sys
def g():
    yield 1
    yield 2
it = g()
print(it.gi_running, it.gi_frame is not None, it.__name__, it.__qualname__)
next(it)
print(it.gi_suspended if hasattr(it, "gi_suspended") else "n/a")
list(it)
print(it.gi_frame)
def self_ref():
    yield me.gi_running
me = self_ref()
print(next(me))
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as e:
    print(type(e).__name__, e)
