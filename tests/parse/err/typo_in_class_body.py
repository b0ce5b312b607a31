class C:
    deff method(self):
        pass
