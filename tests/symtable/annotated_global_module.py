global g
g: int = 1
