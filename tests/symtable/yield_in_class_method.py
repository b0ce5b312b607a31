class C:
    def gen(self):
        yield self
