def f():
    import os
    import a.b.c
    from m import n as nn
    return os, a, nn
