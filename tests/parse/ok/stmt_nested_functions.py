def outer(a):
    def middle(b):
        def inner(c):
            def innermost(d):
                return a + b + c + d
            return innermost
        return inner
    return middle
class A:
    class B:
        class C:
            def method(self):
                class Local:
                    def m(self):
                        return lambda: [x for x in range(3)]
                return Local
