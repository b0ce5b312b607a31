class C:
    "doc"
    def f(self):
        "doc"
        return 1
