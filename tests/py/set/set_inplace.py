s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(s, alias is s)
s.update([10, 11], (12,))
s.intersection_update(range(11))
print(s)
s.difference_update({10})
s.symmetric_difference_update({4, 7})
print(s)
t = {1, 2}
u = t
t = t | {3}
print(t, u, t is u)
try:
    {1} | [2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} + {2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {1} < [1]
except TypeError as e:
    print(type(e).__name__, e)
