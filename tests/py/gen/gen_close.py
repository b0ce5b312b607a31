def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("close")
r = resource()
print(next(r))
r.close()
print("after close")
r.close()
print(next(r, "exhausted"))
def catches_exit():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
c = catches_exit()
next(c)
c.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "not allowed"
b = bad_close()
next(b)
try:
    b.close()
except RuntimeError as e:
    print(type(e).__name__, e)
never = resource()
never.close()
print("closing unstarted prints nothing")
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "close value"
rc = returns_on_close()
next(rc)
print(rc.close())
