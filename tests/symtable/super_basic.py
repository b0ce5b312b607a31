class C(object):
    def m(self):
        return super().m()
