try:
    import nonexistent
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import nonexistent.sub
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import does_not_exist
except ImportError as e:
    print(type(e).__name__, e.name, "does_not_exist" in str(e))
try:
    from nonexistent_pkg import thing
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
def lazy():
    import sys
    return sys.version_info.major
print(lazy())
