class C[T](Base[T], metaclass=Meta[T]):
    pass
