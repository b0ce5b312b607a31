def f[T: [y := 1 for _ in ()]](): pass
