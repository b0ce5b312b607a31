x = 1


if (a and
    b):
y = 2
