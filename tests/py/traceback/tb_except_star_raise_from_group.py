def f():
    raise ExceptionGroup("inner", [ValueError(1)])
try:
    f()
except* ValueError as eg:
    eg.add_note("note on eg")
    raise TypeError("new") from eg
