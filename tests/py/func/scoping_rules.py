x = 0
def read_only():
    return x + 1
def local_shadow():
    x = 10
    return x
print(read_only(), local_shadow(), x)
def comp_scope():
    y = 5
    return [y * i for i in range(3)]
print(comp_scope())
def class_in_func():
    val = "from func"
    class Inner:
        attr = val
        def meth(self):
            return val
    return Inner.attr, Inner().meth()
print(class_in_func())
def param_shadow(len=3):
    return len
print(param_shadow(), len("abc"))
def builtin_shadow():
    print = lambda *a: "shadowed"
    return print("x")
print(builtin_shadow())
def locals_check():
    a = 1
    b = [2]
    return sorted(locals().items())
print(locals_check())
i = "outer i"
[i for i in range(3)]
print(i)
def cond_assign(flag):
    if flag:
        v = "set"
    return v
print(cond_assign(True))
try:
    cond_assign(False)
except UnboundLocalError as e:
    print(type(e).__name__, e)
