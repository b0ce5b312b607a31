# set / frozenset methods, operators, comparisons and errors.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = {1, 2, 3}
b = frozenset({2, 3, 4})
print(a <= {1, 2, 3, 4}, a < {1, 2, 3}, a >= {1}, a > {1, 2, 3}, a == frozenset(a), a != b)
print(a.issubset(range(5)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint(b))
print(type(a | b).__name__, type(b | a).__name__, type(b & a).__name__, type(b - a).__name__)
print(type(b.copy()).__name__, b.copy() is b, a.copy() is a)
c = set(a)
c |= {9}; c &= {1, 2, 9}; c -= {2}; c ^= {5, 1}
print(c)
f = b
f |= {7}
print(f, b, f is b)
print(frozenset({1, 2}) in {frozenset({1, 2}): 1}, {1, 2} in {frozenset({1, 2})})
print(hash(frozenset()) == hash(frozenset([])), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
t(lambda: set().pop())
t(lambda: {1}.remove(2))
t(lambda: {1}.remove([]))
t(lambda: {1}.discard({1}))
t(lambda: {[]})
t(lambda: set([[]]))
t(lambda: frozenset([{}]))
t(lambda: {1} | [2])
t(lambda: {1} < [2])
t(lambda: {1}.add())
t(lambda: set(1))
t(lambda: set(x=1))
t(lambda: set([1], [2]))
t(lambda: frozenset([1]).add)
t(lambda: hash({1}))
t(lambda: {1}.union(1))
t(lambda: {1}.issubset(1))
t(lambda: {1}.update([1], 5))
t(lambda: {1, 2, 3} - {2} - {3})
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {3, 4}
try:
    for x in s:
        s.discard(x)
except RuntimeError as e:
    print("RuntimeError", e)
print(s)
it = iter({1, 2, 3})
print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), F([3]), S(), F(), type(S([1]) | {2}).__name__, type(F([1]) | {2}).__name__)
print(repr(S([5])), S([1]) == {1}, F([1]) == {1})
r = set()
r.add(r.__class__)
print(len(r))
