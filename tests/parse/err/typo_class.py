calss C:
    pass
