x = 1 + \
    2
if a and \
   b:
    pass
y = \
    3
assert x, \
    "message"
with a as b, \
     c as d:
    pass
def f(a,
      b): return a + \
  b
z = "string" \
    "concat"
import os, \
    sys
w = [1,
     2] + \
    [3]
for x in \
        range(3):
    pass
v = 1 \
+ 2
del a, \
  b
