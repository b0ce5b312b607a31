class C:
    X = 1
    def m[T: X](self) -> X: pass
    type A[T = X] = X
