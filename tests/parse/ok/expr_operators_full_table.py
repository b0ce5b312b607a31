x = lambda: a if b or c and not d == e | f ^ g & h << i + j * -k ** l else m
y = (((a or b) and c) if d else e)
z = a ** -b * c / d // e % f @ g + h - i << j >> k & l ^ m | n
w = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** n
v = not a < b == c != d
