class C:
    v = 1
    def m[T: [v for _ in ()]](self): pass
