import sys
print(__name__)
main = sys.modules["__main__"]
print(type(main).__name__)
def helper():
    return "helper result"
print(callable(helper), __name__ == "__main__")
