try:
    f = open(path)
except OSError as err:
    print(err)
except (ValueError, TypeError):
    pass
else:
    data = f.read()
    f.close()
finally:
    done = True
try:
    pass
except E:
    pass
else:
    pass
