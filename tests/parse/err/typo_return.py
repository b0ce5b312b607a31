def f():
    retrun x
