x = list[int]
print(x, type(x), x.__origin__, x.__args__, x.__parameters__)
print(dict[str, int], tuple[int, ...], set[str], frozenset[int], type[int], list[list[int]])
print(tuple[()], tuple[()].__args__, list[None], list[...], dict[str, list[int | None]])
print(list[int] == list[int], list[int] == list[str], hash(list[int]) == hash(list[int]))
print(list[int](), list[int]((1,2)), dict[str,int](a=1))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: issubclass(list, list[int])
except TypeError as e: print(e)
print(list[int] | None, int | list[int])
print(list[int].__name__ if hasattr(list[int], '__name__') else 'noname')
print(list[int] == list, list[int].__class__)
for t in (enumerate, range, str, int, zip, map, filter, reversed, slice, bytes):
    try: print(t[int])
    except TypeError as e: print(e)
print(list[int, str])
print(list[int][int] if False else '')
def f(): pass
print(list[f])
class C: pass
print(list[C], C)
class L(list[int]): pass
print(L.__bases__, L.__orig_bases__)
class MyList(list): pass
print(MyList[int], MyList[int]().__class__.__name__)
T = list[int]
print({T: 1}[list[int]], list[int] != list[int])
