class C:
    global G
    def m[T: G](self): pass
