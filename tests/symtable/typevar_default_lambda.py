class C:
    def m[T = (lambda: X)](self): pass
