def f[T: (lambda: int)()](): pass
