class P:
    def __init__(self): self._hidden = 1; self.visible = 2
    def m(self): return self._hiden
P().m()
