def t():
    return 1 +\
        None
t()
