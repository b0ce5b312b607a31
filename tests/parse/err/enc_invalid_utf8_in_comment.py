# comment é
x = 1
