class AppError(Exception):
    pass
def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError(f"missing config {key}") from e
try:
    load("b")
except AppError as e:
    print(type(e).__name__, e)
    print("cause:", repr(e.__cause__), "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no from")
except ValueError as e:
    print("cause:", e.__cause__, "context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from None") from None
except ValueError as e:
    print("cause:", e.__cause__, "context:", repr(e.__context__), e.__suppress_context__)
try:
    raise RuntimeError("direct") from KeyError("k")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__, e.__suppress_context__)
try:
    raise RuntimeError("class cause") from KeyError
except RuntimeError as e:
    print(repr(e.__cause__))
try:
    raise RuntimeError("bad") from 5
except TypeError as e:
    print(type(e).__name__, e)
e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(repr(e.__cause__), e.__suppress_context__)
