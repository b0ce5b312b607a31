e1 = ValueError("a")
e2 = TypeError("b")
e1.__context__ = e2
e2.__context__ = e1
raise e1
