# Python 3.14 (PEP 765) warns at compile time about return/break/continue
# that leave a finally block; the warnings go to stderr before the program runs.
def f2():
    try:
        raise ValueError("lost")
    finally:
        return "finally overrides exception"
print(f2())
def f3():
    try:
        return "try value"
    finally:
        return "finally value"
print(f3())
def f7():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            continue
    return "swallowed by continue"
print(f7())
def f8():
    while True:
        try:
            raise KeyError("k")
        finally:
            break
    return "swallowed by break"
print(f8())
