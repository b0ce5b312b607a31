def f(obj):
    obj.attr: int = 1
    obj[0]: str
    (n): int = 2
