def g():
    try:
        yield 1
        raise ValueError("inside gen")
    except ValueError as e:
        yield f"handled {e}"
    yield "after"
print(list(g()))
def fails():
    yield 1
    raise KeyError("bad key")
it = fails()
print(next(it))
try:
    next(it)
except KeyError as e:
    print("propagated", e)
print(next(it, "dead"))
def finally_order():
    try:
        yield "a"
        yield "b"
    finally:
        print("finally in gen")
for v in finally_order():
    print(v)
print("loop done")
def with_break():
    try:
        for i in range(10):
            yield i
    finally:
        print("gen finalized")
gen = with_break()
for v in gen:
    if v == 2:
        break
print("broke out")
gen.close()
print("closed explicitly")
