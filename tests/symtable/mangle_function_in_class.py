class C:
    def __helper(): pass
    def call(self):
        return __helper()
