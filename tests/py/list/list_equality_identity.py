nan = float("nan")
a = [nan]
print(a == a, [nan] == [nan], a.count(nan), nan in a)
class Weird:
    def __eq__(self, other):
        print("eq called")
        return True
w = Weird()
print([w] == [w], [w] == [1])
print(w in [1, 2])
print([1, 2, 3].index(2.0), [1.0, 2].count(1))
x = []
print(x == [], bool(x))
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] == [1, [2, 4]])
print([1, 2] != [1, 2], [1, 2] != (1, 2))
