a = [5, 2, 8, 1, 9, 3]
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
recs = [("ann", 3), ("bob", 1), ("cat", 3), ("dan", 2), ("eve", 1)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted([3.5, 1, 2.25, -1, True, False]))
print(sorted([[3, 1], [2], [3, 0], []]))
b = [3, 1, 2]
r = b.sort()
print(r, b, sorted(b) is b)
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 1, 1: 2}), sorted(range(5, 0, -1)))
c = [1, 2, 3]
def key_mut(x):
    return x
c.sort(key=key_mut)
print(c)
try:
    d = [3, 1, 2]
    def bad_key(x):
        d.append(0)
        return x
    d.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
