If x:
    pass
