try:
    try:
        a()
    except A:
        try:
            b()
        finally:
            c()
    else:
        d()
except* B:
    pass
try:
    pass
except (A, B) as e:
    try:
        raise
    except:
        raise e from None
