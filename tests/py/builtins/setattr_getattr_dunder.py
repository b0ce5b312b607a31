class C:
    pass
c = C()
setattr(c, "__special__", 1)
print(c.__special__, getattr(c, "__class__").__name__, getattr(C, "__name__"))
print(getattr([], "__len__")(), getattr(dict, "fromkeys")("ab"))
print(getattr(c, "__dict__"))
setattr(C, "method", lambda self: "added method")
print(c.method())
