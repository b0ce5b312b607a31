x = 1
y = x
z = None
long_name_with_underscores_123 = "value"
_private = __dunder__ = 0
