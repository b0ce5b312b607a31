try:
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    handle(eg)
except* (TypeError, KeyError):
    pass
except* OSError:
    pass
try:
    pass
except *ValueError:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError, TypeError:
    pass
