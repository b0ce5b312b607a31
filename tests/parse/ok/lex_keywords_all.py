False
None
True
x = a and b or not c
assert x
async def f():
    await x
for x in y:
    break
class C: pass
while x:
    continue
def g(): pass
del x
if x: pass
elif y: pass
else: pass
try: pass
except E as e: pass
finally: pass
from a import b
global q
import i
x in y
x is y
lambda: 0
def h():
    nonlocal_ = 1
    return
raise
with a: pass
def k():
    yield
x = 1 if 2 else 3
