def f(x):
    try:
        y = 1 / x
    except ZeroDivisionError as e:
        y = e
    except (TypeError, ValueError):
        raise
    else:
        y += 1
    finally:
        print("done")
    return y
def g():
    for i in range(3):
        try:
            if i:
                break
        finally:
            return i
