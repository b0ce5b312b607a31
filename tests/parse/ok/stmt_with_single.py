with open(f) as fh:
    data = fh.read()
with lock:
    pass
with open(f) as (a, b):
    pass
with ctx() as obj.attr:
    pass
with ctx() as items[0]:
    pass
with ctx() as [a, *b]:
    pass
with (yield):
    pass
