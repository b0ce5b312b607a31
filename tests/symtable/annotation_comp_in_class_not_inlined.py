class C:
    a: [x for x in range(3)]
    def m(self, b: [y for y in z]) -> {k: v for k, v in w}: pass
