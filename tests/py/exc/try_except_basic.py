def divide(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide by zero")
        return None
    except TypeError as e:
        print("type problem:", e)
        return None
    else:
        print("no exception")
        return result
    finally:
        print("finally for", a, b)
print(divide(6, 3))
print(divide(1, 0))
print(divide("a", 1))
try:
    [][0]
except (KeyError, IndexError) as e:
    print("tuple clause:", type(e).__name__, e)
try:
    {}["k"]
except LookupError as e:
    print("base class clause:", type(e).__name__, e)
try:
    int("x")
except Exception as e:
    print("Exception catches", type(e).__name__)
try:
    raise ValueError
except ValueError as e:
    print("raised class:", repr(e), e.args)
try:
    try:
        raise KeyError("inner")
    except ValueError:
        print("not here")
except KeyError as e:
    print("outer caught", e)
e = "before"
try:
    raise RuntimeError("x")
except RuntimeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("except target is deleted:", err)
try:
    pass
except Exception:
    print("never")
else:
    print("else when no exception")
