x = "module"
class A:
    x = "class"
    y = x + "!"
    def m(self):
        return x
print(A.y, A().m())
class B:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
    n = 10
    try:
        shifted = [v + n for v in vals]
    except NameError as e:
        err = str(e)
print(B.doubled)
print(B.err)
def f():
    z = 1
    class Inner:
        w = z + 1
        def get(self):
            return z
    return Inner
I = f()
print(I.w, I().get())
