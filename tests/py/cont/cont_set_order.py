# Set iteration order of ints is CPython's table layout: probing, linear
# probes, resizing and dummies (only non-negative small ints: their hashes
# and probe sequences are the same on every platform).
print({6, 12, 18, 0}, {8, 0}, {0, 8})
print(set(range(0, 100, 7)))
print({x * 37 % 101 for x in range(50)})
s = set(range(20))
for x in range(0, 20, 3):
    s.discard(x)
s.add(100); s.add(33); s.add(5)
print(s, len(s))
s = {1, 2, 3}
print(s.pop(), s.pop(), s)
a = set(range(10)); b = set(range(5, 15))
print(a | b, a & b, a - b, a ^ b, b ^ a)
print(b | a, b & a, b - a)
print(set([5, 3, 5, 1, 9, 7, 8]), {1, 2} | {40, 9})
print(set([100, 200, 300, 400, 500, 600, 700, 800, 900]))
print({0, 32, 8, 40, 16, 24}, {64, 0, 128, 8})
big = set()
for i in range(200):
    big.add(i * 97 % 1000)
print(list(big)[:20], len(big))
for i in range(0, 1000, 3):
    big.discard(i)
print(list(big)[:20], len(big))
big.update(range(2000, 2050))
print(list(big)[-10:])
print(frozenset([3, 1, 2]), frozenset(), set(), frozenset({9, 8}) | {1})
t = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
t.intersection_update({2, 4, 6, 8, 10, 12})
print(t)
t.symmetric_difference_update([1, 2, 30])
print(t)
t.difference_update(range(5))
print(t)
print({1, 2, 3}.union([10, 4], (5,), {6: 0}), {1, 2, 3}.intersection([3, 2], {2}))
print({1, 2, 3}.difference([1], [2]), {10, 20}.symmetric_difference([20, 30]))
u = {i for i in range(30) if i % 4}
print(u, sorted(u) == sorted(set(sorted(u))))
while u:
    u.pop()
print(u)
