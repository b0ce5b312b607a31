match x:
    cas 1:
        pass
