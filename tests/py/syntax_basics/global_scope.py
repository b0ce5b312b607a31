counter = 0
def inc():
    global counter
    counter += 1
for _ in range(3):
    inc()
print(counter)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_global():
    return x
print(read_global())
def bad():
    print(x)
    x = 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def outer():
    global gv
    gv = 1
    def inner():
        global gv
        gv += 1
    inner()
    inner()
outer()
print(gv)
