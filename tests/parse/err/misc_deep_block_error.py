def f():
    for x in y:
        while z:
            if w:
                with v:
                    try:
                        x = = 1
                    finally:
                        pass
