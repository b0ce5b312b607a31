with (open("a") as a, open("b") as b):
    pass
with (
    open("a") as a,
    open("b") as b,
):
    pass
with (a as b):
    pass
with (a as b,):
    pass
with (a, b as c):
    pass
with (
    manager_one(),
    manager_two() as two,
    manager_three(),
):
    pass
