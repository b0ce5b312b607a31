class C:
    def m[__U](self, x: __U) -> __U:
        return __private
