a if b else c
a if b else c if d else e
(a if b else c) if d else e
a if (b if c else d) else e
x = 1 if cond else 2
f(a if b else c)
[a if b else c for d in e]
lambda: a if b else c
a or b if c and d else e or f
not a if b else c
(yield) if a else b
