for i in range(3):
    print("i =", i)
for ch in "abc":
    print(ch, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print("key", k)
for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, (a, b) in enumerate([("p", "q"), ("r", "s")]):
    print(i, a, b)
for x in [1, 2, 3]:
    if x == 2:
        break
else:
    print("no")
for x in []:
    print("never")
else:
    print("else on empty")
for x in range(6):
    if x % 2:
        continue
    print("even", x)
total = 0
for x in range(1, 101):
    total += x
print(total)
for i in range(2):
    for j in range(3):
        if j == 2:
            break
        print(i, j)
x = "before"
for x in range(3):
    pass
print("loop var leaks:", x)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
print(lst)
for lst[0] in (10, 20):
    pass
print(lst)
