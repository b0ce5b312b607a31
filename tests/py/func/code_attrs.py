def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    """doc"""
    x = 1
    def g(): return a + x
    return g
co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount)
print(co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
print(hex(co.co_flags), co.co_firstlineno, co.co_filename.endswith(".py"))
g = f(1, d=2)
print(g.__code__.co_freevars, g.__code__.co_varnames, hex(g.__code__.co_flags), g.__code__.co_qualname)
print(co.co_names, type(co.co_consts))
c2 = co.replace(co_name="zz")
print(c2.co_name, c2 is co, type(co).__name__, repr(co).startswith("<code object f at 0x"))
def gen(): yield 1
print(hex(gen.__code__.co_flags))
print(co == co, hash(co) == hash(co))
try: co.replace(bogus=1)
except TypeError as e: print(e)
try: co.co_name = 'x'
except AttributeError as e: print(e)
print(co.co_stacksize > 0, type(co.co_code).__name__, co.co_lnotab if False else '')
lam = lambda: 0
print(lam.__code__.co_name, (lambda *a: 0).__code__.co_flags & 4)
