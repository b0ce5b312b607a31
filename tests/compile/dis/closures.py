def outer(n):
    total = 0
    def add(k):
        nonlocal total
        total += k
        return total
    g = lambda q, *, r=n: q + r + total
    return add, g
G = 0
def setg():
    global G
    G += 1
