def run(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", type(e).__name__, repr(e))

def t1():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("V", repr(e))
    except* TypeError as e:
        print("T", repr(e))
run(t1)

def t2():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        print("wrapped", repr(e), type(e).__name__)
run(t2)

def t3():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not here")
run(t3)

def t4():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
run(t4)

def t5():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError:
        raise
run(t5)

def t6():
    try:
        try:
            raise ExceptionGroup("eg", [ValueError(1)])
        except* ExceptionGroup:
            pass
    except TypeError as e:
        print("TypeError:", e)
run(t6)

def t7():
    try:
        try:
            raise ValueError(1)
        except* 42:
            pass
    except TypeError as e:
        print("TypeError:", e)
run(t7)

def t8():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError) as e:
        print("both", repr(e))
run(t8)

def t9():
    try:
        raise BaseExceptionGroup("beg", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e))
run(t9)

def t10():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("else")
    finally:
        print("finally")
run(t10)

def t11():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
run(t11)

def t12():
    for i in range(3):
        try:
            raise ExceptionGroup("eg", [ValueError(i)])
        except* ValueError:
            pass
    print("loop done")
run(t12)

def t13():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), KeyError(3)])
    except* ValueError as e:
        print(repr(e))
    except* KeyError as e:
        print(repr(e))
run(t13)

def t14():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("r") from None
    except* TypeError:
        raise OSError("o")
run(t14)

import sys
def t15():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        print(repr(sys.exception()))
run(t15)
