pass
if True: pass
def f(): pass
class C: pass
while False: pass
pass; pass; pass
