u"a"
U"b"
u"c" "d"
"e" u"f"
u"g" f"{h}"
u'''i'''
(u"j"
 u"k")
U"l" u"m"
x = {u"key": u"value"}
def f(a=u"default"): u"docstring"
