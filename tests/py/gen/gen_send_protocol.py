def coroutine_style():
    print("primed")
    while True:
        cmd = yield
        if cmd == "quit":
            print("quitting")
            return "bye"
        print("command:", cmd)
c = coroutine_style()
c.send(None)
c.send("go")
c.send("turn")
try:
    c.send("quit")
except StopIteration as e:
    print("returned", e.value)
def passthrough():
    while True:
        got = yield from sub()
        print("sub returned", got)
def sub():
    a = yield "sub-1"
    b = yield "sub-2"
    return a + b
p = passthrough()
print(next(p))
print(p.send(1))
print(p.send(2))
print(p.send(10))
