def f():
    K = int
    type A[T: K] = dict[K, T]
    return A
