assert x
assert x, "message"
assert x == 1, f"got {x}"
assert isinstance(x, int) and x > 0, ("tuple", "msg")
assert (x, "this is a tuple and always true")
assert not x, y
assert (y := 1)
