class C:
    global x
    x = 1
    def m(self):
        return x
