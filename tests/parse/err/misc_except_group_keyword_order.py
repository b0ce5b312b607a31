try:
    pass
except ValueError from e:
    pass
