x = 10
y = 0
ratio = (x + 5) / y
