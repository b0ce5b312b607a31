for x inn range(3):
    pass
