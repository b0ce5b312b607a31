x = t"a" t"b"
x = t"{a}" t"{b}"
x = (t"{a}"
     t"{b}"
     rt"\{c}")
x = t"" t""
x = t'{a}' T"{b}" t'''{c}'''
