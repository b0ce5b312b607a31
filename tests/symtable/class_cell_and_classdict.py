class C:
    a: int
    def m(self):
        return super().m()
