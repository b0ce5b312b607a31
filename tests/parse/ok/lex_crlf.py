x = 1
if x:
    y = 2
else:
    y = 3
s = """a
b"""
t = (1,
     2)
u = 1 + \
    2
# comment
