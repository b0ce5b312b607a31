def f():
    ä = 1
    def g():
        x = "ääää"; nonlocal ζ
