def classify(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError"
    except LookupError:
        return "LookupError (not KeyError)"
    except ArithmeticError as e:
        return f"Arithmetic: {type(e).__name__}"
    except (TypeError, ValueError) as e:
        return f"TypeOrValue: {type(e).__name__}"
    except Exception:
        return "other Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), TypeError(), UnicodeError(), RuntimeError(), KeyboardInterrupt(), GeneratorExit(), SystemExit()]:
    print(type(exc).__name__, "->", classify(exc))
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("tuple with junk still matches first")
except TypeError as e:
    print(type(e).__name__, e)
