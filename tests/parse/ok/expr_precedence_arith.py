a + b * c
(a + b) * c
a * b + c * d
a - b - c
a - (b - c)
a / b / c
a // b % c * d
a + b - c + d
a * b / c // d % e @ f
-a * b
-a ** b
(-a) ** b
a ** -b
a * -b
a + +b
a - -b
~a + b
~a ** b
not a + b
a + b << c - d
a << b >> c
a & b | c ^ d
a | b & c
a ^ b | c & d ^ e
a + b < c * d
a < b | c
a == b & c
