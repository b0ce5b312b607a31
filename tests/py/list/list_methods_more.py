a = [1, 2, 3, 2, 1]
print(a.index(2), a.index(2, 2), a.index(1, 1, 5), a.count(2))
print(a.__len__(), a.__getitem__(0), a.__contains__(3), list.__add__([1], [2]))
print(a.__iadd__([9]) is a, a)
print(a.__mul__(2), a.__rmul__(2) == a * 2)
a.__setitem__(0, "z")
a.__delitem__(-1)
print(a)
print(list.__len__([1, 2]), [].__class__.__name__)
x = [1, 2, 3]
print(x.__eq__([1, 2, 3]), x.__eq__((1, 2, 3)), x.__lt__("s"))
print(list(reversed(x)), x[::-1] == list(reversed(x)))
y = [[1, 2], [3, 4]]
print(sum(y, []), [v for row in y for v in row])
z = [None] * 3
print(z, len(z))
print([1, 2, 3][-1:-4:-1], [1][0:0])
