for False in x:
    pass
