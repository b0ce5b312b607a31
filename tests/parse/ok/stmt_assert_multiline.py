assert (
    condition
), "message"
assert isinstance(value, (int, float)), (
    f"expected a number, got {type(value).__name__}"
)
assert all(
    x > 0
    for x in values
)
assert a == b, \
    "a and b differ"
