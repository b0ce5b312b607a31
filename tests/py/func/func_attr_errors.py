def f(): pass
for name, v in [("__defaults__", 5), ("__kwdefaults__", 5), ("__annotations__", 5), ("__code__", 5), ("__annotate__", 5), ("__closure__", None), ("__globals__", {}), ("__type_params__", 5), ("__doc__", 5), ("__module__", 5), ("__builtins__", 1)]:
    try:
        setattr(f, name, v); print("ok", name, getattr(f, name))
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
for name in ["__defaults__", "__kwdefaults__", "__annotations__", "__code__", "__annotate__", "__name__", "__qualname__", "__doc__", "__dict__", "__type_params__", "__module__"]:
    try:
        delattr(f, name); print("deleted", name, getattr(f, name, "<none>"))
    except (TypeError, AttributeError) as e: print(type(e).__name__, e)
def g(a=1): return a
g.__annotate__ = None
print(g.__annotations__)
g.__annotate__ = lambda fmt: {"a": int}
print(g.__annotations__)
def h(x: int): pass
h.__annotate__ = lambda fmt: {"a": str}
print(h.__annotations__, h.__annotate__.__name__)
def h2(x: int): pass
print(h2.__annotations__)
h2.__annotate__ = None
print(h2.__annotations__)
