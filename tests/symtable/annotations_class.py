class C:
    a: int
    b: "str" = "x"
    def m(self) -> int:
        return self.a
