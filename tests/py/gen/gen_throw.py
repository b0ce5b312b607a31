def guarded():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught", e)
            yield "recovered"
g = guarded()
print(next(g))
print(g.throw(ValueError("boom")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(next(g, "closed after error"))
def unstarted():
    yield 1
u = unstarted()
try:
    u.throw(RuntimeError("before start"))
except RuntimeError as e:
    print("unstarted throw:", e)
print(next(u, "exhausted"))
def convert():
    try:
        yield 1
    except ZeroDivisionError:
        return "converted to return"
c = convert()
next(c)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print("StopIteration value:", e.value)
def finally_gen():
    try:
        yield 1
    finally:
        print("cleanup")
fg = finally_gen()
next(fg)
try:
    fg.throw(TypeError("t"))
except TypeError as e:
    print("after cleanup:", e)
g4 = guarded()
next(g4)
print(g4.throw(ValueError))
