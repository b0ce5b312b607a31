del x
del x, y
del x, y,
del (x)
del (x, y)
del [x, y]
del obj.attr
del obj[0]
del obj[1:2], obj.a.b
del (a, [b, c]), d[e]
del ()
del []
