global x
global x, y
x = 1
