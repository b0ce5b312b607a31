class Outer:
    class Inner:
        v = 1
        def m(self):
            return Inner
    def n(self):
        return self.Inner
