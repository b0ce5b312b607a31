class C:
    def m(self):
        from x import *
