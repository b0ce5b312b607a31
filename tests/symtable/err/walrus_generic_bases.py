class C[T](x := Base): pass
