x = 1 + \
  2
if True:
    y = 3 \
        + 4
