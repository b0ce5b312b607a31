def a():
    def b():
        def c():
            def d():
                nonlocal zz
