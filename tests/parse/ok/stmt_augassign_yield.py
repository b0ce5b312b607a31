def g():
    total = 0
    total += yield
    total += yield total
    total -= yield from sub()
    return total
