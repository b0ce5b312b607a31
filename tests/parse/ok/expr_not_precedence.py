not a == b
not a in b
not a is b
not a < b < c
not a + b
not -a
(not a) == b
a == (not b)
not a and not b or not c
x = not a if b else not c
f(not a, not b)
[not x for x in y]
