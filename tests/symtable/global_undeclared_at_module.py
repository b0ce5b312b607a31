def f():
    global newname
    newname = 3
