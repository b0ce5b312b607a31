class C[T]:
    nonlocal T
