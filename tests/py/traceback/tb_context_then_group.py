try:
    raise TypeError("first")
except TypeError:
    raise ExceptionGroup("second", [ValueError(1), KeyError(2)])
