def outer[T]():
    def inner[U](a: T, b: U):
        return a, b
    return inner
