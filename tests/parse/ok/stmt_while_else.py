while x:
    x -= 1
while True:
    break
else:
    never()
while (n := next(it, None)) is not None:
    process(n)
else:
    done()
while 1: pass
while x: x -= 1
else: y = 0
