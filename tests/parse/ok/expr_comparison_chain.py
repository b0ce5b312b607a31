a < b
a < b < c
a <= b <= c < d
a == b == c
a != b
a > b >= c
a < b > c != d == e <= f >= g
1 < x < 10
a is b
a is not b
a in b
a not in b
a is b is not c in d not in e
a < b == c is d in e
(a < b) < c
a < (b < c)
x == (y := 1)
