x = 1
def f(): pass
nonlocal y, z
