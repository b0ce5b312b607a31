def f():
    return __debug__
