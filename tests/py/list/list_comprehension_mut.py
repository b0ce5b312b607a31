matrix = [[0] * 3 for _ in range(3)]
matrix[0][0] = 1
print(matrix)
shared = [[0] * 3] * 3
shared[0][0] = 1
print(shared)
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = list(a)
c.append(5)
print(a, c)
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(99)
print(nested)
x = [1, 2, 3]
x += (4, 5)
print(x)
x += "ab"
print(x)
try:
    x = x + (1,)
except TypeError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
for i in lst:
    if i % 2 == 0:
        lst.remove(i)
print(lst)
