log = []
def make_default(tag):
    log.append(tag)
    return tag
def f(a=make_default("a"), b=make_default("b")):
    return a, b
print(log)
print(f(), f(1), log)
def g(x, cache={}):
    cache[x] = cache.get(x, 0) + 1
    return cache
g(1); g(1); g(2)
print(g.__defaults__)
def h(*, key=len):
    return key("abc")
print(h(), h(key=str.upper))
import sys
def k(out=sys.stdout):
    return out is sys.stdout
print(k())
