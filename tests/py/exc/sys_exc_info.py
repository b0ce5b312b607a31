import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("active")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
    try:
        raise KeyError("nested")
    except KeyError:
        print(repr(sys.exception()))
    print("restored:", repr(sys.exception()))
print("after:", sys.exception(), sys.exc_info()[0])
def inside():
    return sys.exception()
try:
    raise TypeError("seen from callee")
except TypeError:
    print(repr(inside()))
