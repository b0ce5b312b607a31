a and b
a or b
a and b and c
a or b or c
a and b or c
a or b and c
a and (b or c)
not a and b
not a or not b
not (a or b)
a and not b
a or b and c or d and e
x if a and b else y or z
