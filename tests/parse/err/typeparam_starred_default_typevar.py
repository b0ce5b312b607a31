class C[T = *Ts]:
    pass
