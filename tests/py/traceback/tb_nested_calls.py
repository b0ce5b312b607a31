def level3(x):
    return x / 0
def level2(x):
    return level3(x + 1)
def level1():
    y = level2(10)
    return y
print("calling")
level1()
