try:
    raise ValueError("naked")
except* ValueError as e:
    print(repr(e), e.exceptions)
    raise
