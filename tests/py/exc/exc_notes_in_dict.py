e = ValueError(); e.add_note("x"); print(e.__dict__)
e.__notes__ = 5; print(e.__dict__)
del e.__notes__; print(e.__dict__)
try: del e.__notes__
except Exception as x: print(type(x).__name__, x)
e.add_note("y"); print(e.__notes__)
