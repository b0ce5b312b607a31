if a == 1:
    r = "one"
elif a == 2:
    r = "two"
elif a == 3:
    r = "three"
elif a in (4, 5):
    r = "four or five"
else:
    r = "many"
if x:
    pass
elif y:
    pass
if x: pass
elif y: pass
elif z: pass
