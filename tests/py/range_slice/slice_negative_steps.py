s = "0123456789"
for start in (None, 0, 3, -3, 9, 12, -12):
    for stop in (None, 0, 5, -5, 12):
        print(start, stop, repr(s[start:stop:-1]), repr(s[start:stop:-3]), repr(s[start:stop:2]))
