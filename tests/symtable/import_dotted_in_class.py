class C:
    import os.path
    import os.path as p
