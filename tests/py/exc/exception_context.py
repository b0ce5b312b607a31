try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
except TypeError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(f"{type(cur).__name__}({cur})")
        cur = cur.__context__
    print(" <- ".join(chain))
def handler():
    try:
        raise ValueError("in handler")
    except ValueError as e:
        return e
err = handler()
print(repr(err), err.__context__)
try:
    raise KeyError("a")
except KeyError:
    try:
        raise ValueError("b")
    except ValueError as inner:
        print("inner context:", repr(inner.__context__))
try:
    try:
        raise ValueError("x")
    finally:
        pass
except ValueError as e:
    print("finally does not add context:", e.__context__)
try:
    try:
        raise ValueError("in try")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print("finally raise context:", repr(e.__context__))
ex = ValueError("reraise same")
try:
    try:
        raise ex
    except ValueError as e:
        raise e
except ValueError as e2:
    print(e2 is ex, e2.__context__)
