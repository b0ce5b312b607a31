def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe_append(x, lst=None):
    if lst is None:
        lst = []
    lst.append(x)
    return lst
print(safe_append(1), safe_append(2))
counter = 10
def uses_default(v=counter):
    return v
counter = 20
print(uses_default())
print(greet.__defaults__, append_to.__defaults__, safe_append.__defaults__)
def kw_defaults(a, *, b=2, c):
    return a, b, c
print(kw_defaults(1, c=3), kw_defaults.__kwdefaults__)
def f(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(0, c=3), f(0, 1, 2, 3, c=5, e=6), f(c=1, a=2))
