def f():
    try:
        return 1
    finally:
        pass
def g():
    for x in y:
        try:
            continue
        finally:
            pass
