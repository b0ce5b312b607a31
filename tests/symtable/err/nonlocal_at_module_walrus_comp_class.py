class C:
    def m(self):
        pass
    r = [(q := 1) for _ in ()]
