def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
print(f1())
def f4():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"
print(f4())
def f5():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(f5())
def f6():
    lst = []
    try:
        return lst
    finally:
        lst.append("mutated in finally")
print(f6())
def f9():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
f9()
