# list methods, slicing, sorting (stability, key, reverse), errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

l = [5, 3, 8, 1]
l.append(9); l.extend((2, 7)); l.insert(0, 0); l.insert(-1, 6); l.insert(100, 10)
print(l, l.index(8), l.count(3), l.pop(), l.pop(0), l)
l.remove(3); l.reverse()
print(l, l[::2], l[1:-1], l[-2:], l[::-3], l[10:], l[:-10])
l[1:3] = "ab"; print(l)
l[::2] = range(len(l[::2])); print(l)
del l[::3]; print(l)
del l[1:3]; print(l)
l[:0] = [1, 1]; print(l)
l[len(l):] = [99]; print(l)
l *= 2; print(l)
l += range(3); print(l)
m = [3, 1, 2]
m[1:2] = m; print(m)
print([1, 2] * 3, 2 * [0], [] * 5, [1] * -1, [[]] * 2)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [1, 2] == [1, 2.0], [[1]] == [[1]])
s = sorted([("b", 2), ("a", 2), ("c", 1), ("a", 1)], key=lambda p: p[1])
print(s, sorted(s), sorted(s, reverse=True), sorted(s, key=lambda p: p[0], reverse=True))
print(sorted("hello world"), sorted([3.5, -1, 2, True, 0.5]), sorted([[2], [1, 5], [1]]))
data = [(i % 5, i) for i in range(40)]
print(sorted(data, key=lambda p: p[0]) == sorted(data, key=lambda p: (p[0], p[1])))
print(sorted(data, key=lambda p: p[0], reverse=True)[:8])
words = ["pear", "Apple", "fig", "apple", "Fig", "banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
big = [(i * 7919) % 1000 for i in range(2000)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big, reverse=True)[:5])
print(sorted(range(20), key=lambda x: x % 3))
t(lambda: [].pop())
t(lambda: [1].pop(5))
t(lambda: [1].remove(2))
t(lambda: [1].index(2))
t(lambda: [1, 2, 3].index(3, 0, 2))
t(lambda: [][0])
key = "a"
t(lambda: [1][key])
t(lambda: [1, "a"].sort())
t(lambda: sorted([1, "a"]))
t(lambda: [].sort(1))
t(lambda: [].sort(reversed=True))
t(lambda: [].sort(key=1, x=2))
t(lambda: [0] * 10 ** 20)
t(lambda: [1] * 1.5)
t(lambda: [1] + (1,))
t(lambda: [].append())
t(lambda: [].insert(1))
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: [].extend(5))
def f1():
    x = [1, 2, 3]; x[::2] = [1]
def f2():
    x = [1, 2, 3]; x[5] = 0
def f3():
    x = [1, 2, 3]; x[0:1] = 5
def f4():
    x = [1, 2, 3]; del x[9]
for f in (f1, f2, f3, f4):
    t(f)
def mutate():
    x = [3, 1, 2]
    x.sort(key=lambda v: x.append(v) or v)
t(mutate)
r = [1]
r.append(r)
print(r, [r, [r]])
it = iter([1, 2, 3])
next(it)
print(it.__length_hint__(), list(it), it.__length_hint__(), list(reversed([1, 2, 3])))
ri = reversed([1, 2])
print(type(ri).__name__, ri.__length_hint__(), next(ri), ri.__length_hint__())
class L(list):
    pass
x = L([1, 2])
print(x, type(x + [3]).__name__, type(x * 2).__name__, type(x[:]).__name__, x == [1, 2])
