def f[T: (int, str)](x: T): pass
