class C:
    x = __class__
