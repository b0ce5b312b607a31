a = b = c = 0
x = y = [1, 2, 3]
p.q = r[0] = s = t.u.v = f()
first, second = third = fourth, fifth = 1, 2
