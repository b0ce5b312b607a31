i = 0
while i < 5:
    print(i)
    i += 1
print("done", i)
n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print("n", n)
k = 0
while k < 3:
    k += 1
else:
    print("while-else ran, k =", k)
k = 0
while k < 10:
    k += 1
    if k == 4:
        break
else:
    print("not printed")
print("broke at", k)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
