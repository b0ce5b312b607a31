def f(x):
    assert x, msg
    raise Err from cause
    return
