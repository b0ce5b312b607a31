wiht open(f) as g:
    pass
