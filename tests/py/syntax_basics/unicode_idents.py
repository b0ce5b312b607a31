café = "coffee"
print(café)
π = 3.14159
print(round(π * 2, 3))
def größe(x):
    return x * 2
print(größe(21))
class Ñandú:
    pass
print(Ñandú.__name__)
日本 = "japan"
print(日本)
_private = 1
__dunder_like = 2
print(_private, __dunder_like)
ﬁ = "ligature normalized"
print(fi)
