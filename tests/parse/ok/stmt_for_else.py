for x in y:
    pass
for x in y:
    pass
else:
    finished()
for i, (a, b) in enumerate(pairs):
    print(i, a, b)
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
for x, in items: pass
for (x) in items: pass
for [a, b] in items: pass
for obj.attr in items: pass
for obj[0] in items: pass
for *a, b in items: pass
for x in y if z else w: pass
