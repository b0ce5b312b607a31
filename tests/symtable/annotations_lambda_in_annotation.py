x: (lambda: y) = 1
class C:
    z: (lambda: q)
