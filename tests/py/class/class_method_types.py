class C:
    def inst(self): return "inst"
    @classmethod
    def cls_m(cls): return "cls"
    @staticmethod
    def st(): return "static"
c = C()
print(type(c.inst).__name__, type(C.inst).__name__, type(c.cls_m).__name__, type(C.st).__name__)
print(c.inst(), C.inst(c), c.cls_m(), C.cls_m(), c.st(), C.st())
m1 = c.inst
m2 = c.inst
print(m1 == m2, m1 is m2, m1.__func__ is C.inst)
c.inst = lambda: "shadowed on instance"
print(c.inst(), C.inst(C()))
def extra(self): return f"extra on {type(self).__name__}"
C.extra = extra
print(c.extra())
print(C.__dict__["inst"].__name__, c.cls_m.__self__ is C)
