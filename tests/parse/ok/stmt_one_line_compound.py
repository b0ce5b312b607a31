if x: pass
if x: a()
elif y: b()
else: c()
while x: x -= 1
for i in range(3): print(i)
try: risky()
except Exception: pass
else: ok()
finally: cleanup()
with ctx() as c: use(c)
def f(): return 1
class C: pass
async def g(): await h()
def outer():
    def inner(): return 2
    return inner
