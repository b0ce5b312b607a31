raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("sub", [TypeError(2)])]) from KeyError("cause")
