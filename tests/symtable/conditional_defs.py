if cond:
    def f(): return 1
else:
    def f(): return 2
class C:
    if flag:
        def m(self): return f
