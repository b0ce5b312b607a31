if x is nott None:
    pass
