f()
x
1
"just a string"
b"bytes"
...
None
x + y
a.b.c
a[0]
(1, 2)
[1, 2]
{1: 2}
{1, 2}
x if y else z
lambda: 0
not x
-x
*a, b
a, b
await_ = 1
x == y
