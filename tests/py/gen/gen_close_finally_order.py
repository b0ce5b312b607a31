events = []
def worker(name):
    events.append(f"{name} start")
    try:
        while True:
            try:
                v = yield
                events.append(f"{name} got {v}")
            except ValueError:
                events.append(f"{name} handled ValueError")
    finally:
        events.append(f"{name} finally")
a = worker("a")
b = worker("b")
next(a); next(b)
a.send(1)
b.throw(ValueError)
a.close()
b.send(2)
b.close()
b.close()
print("\n".join(events))
def closing_returns():
    try:
        yield 1
    except GeneratorExit:
        return "returned on GeneratorExit"
c = closing_returns()
next(c)
print(c.close())
