o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object(), bool(o))
print(object.__doc__ is not None, object().__class__ is object)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(x=1)
except TypeError as e:
    print(type(e).__name__, e)
sentinel = object()
def get(d, k, default=sentinel):
    if k in d:
        return d[k]
    if default is sentinel:
        return "no default given"
    return default
print(get({}, "a"), get({}, "a", None), get({"a": 1}, "a"))
