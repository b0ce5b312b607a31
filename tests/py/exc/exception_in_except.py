def risky():
    try:
        raise ValueError("first")
    except ValueError as e:
        print("handling", e)
        raise TypeError("while handling")
try:
    risky()
except TypeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print("no")
    else:
        raise KeyError("from else")
    finally:
        print("finally still runs")
try:
    in_else()
except KeyError as e:
    print("caught", repr(e), "context:", e.__context__)
def in_finally():
    try:
        return 1
    finally:
        raise RuntimeError("finally raised")
try:
    in_finally()
except RuntimeError as e:
    print("caught", e)
