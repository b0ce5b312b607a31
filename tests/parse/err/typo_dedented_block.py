if True:
    if True:
        x = 1
        improt y
