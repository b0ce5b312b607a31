with (a, b):
    pass
with (a, b) as c:
    pass
with (a):
    pass
with (a), (b):
    pass
with (a, b), c:
    pass
with (yield x) as y:
    pass
with (a,):
    pass
with (a) as b, (c) as d:
    pass
with ():
    pass
with (a if b else c) as d:
    pass
with (a)() as b:
    pass
with (a).b as c:
    pass
