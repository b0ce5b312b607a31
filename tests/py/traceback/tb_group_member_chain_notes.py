def inner():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e
excs = []
try:
    inner()
except ValueError as e:
    e.add_note("sub note")
    excs.append(e)
eg = ExceptionGroup("top", excs)
eg.add_note("group note")
raise eg
