*a, b = c
a = *b, c
a = [*b, *c]
a = (*b, *c)
a = {*b, *c}
a = *b,
f(*a)
print(*a, sep="")
for x in *a, *b: pass
[*a]
{*a}
(*a,)
*a, = b
a = [*range(3), *"abc", *{1: 2}]
a = {**b, **c}
return_ = lambda: (*a, *b)
x = [*[*[*a]]]
