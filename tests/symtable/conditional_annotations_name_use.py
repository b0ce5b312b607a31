class C:
    def m(self):
        return __conditional_annotations__
