def make_multiplier(n):
    def mul(x):
        return x * n
    return mul
double, triple = make_multiplier(2), make_multiplier(3)
print(double(5), triple(5), double.__name__, double.__qualname__)
def make_acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = make_acc()
add(5)
add(10)
print(get())
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
print(make_multiplier(2).__closure__[0].cell_contents)
def counter_gen():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
c = counter_gen()
print(c(), c(), c())
funcs = []
for i in range(3):
    def f(i=i):
        return i
    funcs.append(f)
print([f() for f in funcs])
funcs2 = []
for i in range(3):
    funcs2.append(lambda: i)
print([f() for f in funcs2])
def nested3():
    a = "a"
    def l2():
        b = "b"
        def l3():
            return a + b
        return l3
    return l2()()
print(nested3())
print(outer.__closure__, type(outer().__closure__).__name__)
