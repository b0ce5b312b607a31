def f[T: [x for x in ()]](): pass
