def documented(a, b=2, *args, c, **kw):
    """Docstring here."""
    local = 1
    return local
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__module__)
print(documented.__defaults__, documented.__kwdefaults__, type(documented).__name__)
documented.custom = "attr"
print(documented.custom, "custom" in documented.__dict__)
def nodoc(): pass
print(nodoc.__doc__, nodoc())
class A:
    def method(self): pass
    class Inner:
        def deep(self): pass
print(A.method.__qualname__, A.Inner.deep.__qualname__, A.Inner.__qualname__)
def outer():
    def inner(): pass
    return inner
print(outer().__qualname__)
print(callable(documented), callable(5), callable(A), callable(A()))
f = documented
print(f is documented, f == documented)
print(documented.__code__.co_name, documented.__code__.co_argcount)
nodoc.__name__ = "renamed"
print(nodoc.__name__, nodoc.__qualname__)
try:
    nodoc.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
