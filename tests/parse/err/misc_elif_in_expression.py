x = a if b elif c else d
