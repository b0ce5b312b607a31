def check_positive(n):
    assert n > 0, f"expected positive, got {n}"
    return n
print(check_positive(5))
try:
    check_positive(-2)
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert isinstance("x", int)
except AssertionError as e:
    print(repr(e), e.args)
calls = []
def msg():
    calls.append("msg evaluated")
    return "lazy message"
assert True, msg()
print(calls)
try:
    assert False, msg()
except AssertionError as e:
    print(e, calls)
try:
    assert (1, 2) == (1, 3), ("tuple", "message")
except AssertionError as e:
    print(e.args)
