t"plain"
t"{x}"
t"{x}{y}"
t"a{x}b{y}c"
t"{x + y}"
t"{x.attr}"
t"{x[0]}"
t"{f(x)}"
t""
T"{x}"
t'{x}'
t'''{x}'''
t"""{x}"""
t"{ x }"
