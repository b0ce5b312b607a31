def f():
    pass
print(f())
class C:
    pass
print(type(C()).__name__)
x = 5
del x
try:
    print(x)
except NameError as e:
    print(type(e).__name__, e)
lst = [0, 1, 2, 3, 4, 5]
del lst[0]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print(type(e).__name__, e)
class O: pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)
a, b = 1, 2
del a, b
try:
    a
except NameError as e:
    print(e)
def g():
    y = 1
    del y
    return y
try:
    g()
except UnboundLocalError as e:
    print(type(e).__name__, e)
try:
    del undefined_name
except NameError as e:
    print(e)
