names = {}
for i in range(3):
    value = i * i
    names[i] = value
    del value
try:
    value
except NameError as e:
    print(e)
print(names)
def f():
    for i in range(2):
        tmp = i
    return tmp, i
print(f())
def g():
    items = []
    i = 0
    while True:
        i += 1
        if i > 3:
            break
        items.append(i)
    else:
        items.append("never")
    return items
print(g())
