class C:
    def m(self):
        class D:
            def n(self):
                return super()
        return D
