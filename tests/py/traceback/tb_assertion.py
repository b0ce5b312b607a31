def check(items):
    assert len(items) > 0, "items must not be empty"
    return items[0]
print(check([1]))
check([])
