if x:
    pass
if x:
    a = 1
else:
    a = 2
if x: a = 1
else: a = 2
if (x and
        y):
    pass
if not x:
    pass
if x is None:
    if y:
        pass
    else:
        pass
