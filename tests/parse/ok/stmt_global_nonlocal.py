counter = 0
def incr():
    global counter
    counter += 1
def multi():
    global a, b, c
    a = b = c = 1
def outer():
    x = 1
    y = 2
    def inner():
        nonlocal x
        nonlocal y, x
        x += 1
    return inner
