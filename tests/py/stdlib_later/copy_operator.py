import copy, operator
a = [[1, 2], {"k": [3]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[0].append(9)
print(s[0], d[0], s is not a, d[1] == a[1])
print(operator.add(1, 2), operator.itemgetter(1)("abc"), operator.attrgetter("real")(3), operator.mul(2, 3))
print(sorted([(1, "b"), (0, "a")], key=operator.itemgetter(1)), operator.methodcaller("upper")("x"))
print(list(map(operator.neg, [1, -2])), operator.contains([1, 2], 2), operator.index(5))
