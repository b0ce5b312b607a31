try:
    raise ExceptionGroup("first", [ValueError(1)])
except ExceptionGroup:
    raise TypeError("after group")
