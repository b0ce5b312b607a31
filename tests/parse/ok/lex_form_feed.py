x = 1

def f():
        return 1
# comment
class C:
    pass

y = 2
