# zip(strict=True) and map(strict=True) (3.14): CPython's messages name
# the argument that ran out first or last.
def t(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, type(e).__name__, e)

t("equal", lambda: list(zip([1, 2], "ab", strict=True)))
t("2 short", lambda: list(zip([1, 2], [1], strict=True)))
t("2 long", lambda: list(zip([1], [1, 2], strict=True)))
t("3 long", lambda: list(zip([1], [1], [1, 2], strict=True)))
t("3 short", lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
t("2 short of 3", lambda: list(zip([1, 2], [1], [1, 2], strict=True)))
t("not strict", lambda: list(zip([1, 2], [1], strict=False)))
t("map equal", lambda: list(map(lambda a, b: a + b, [1, 2], [3, 4], strict=True)))
t("map short", lambda: list(map(lambda a, b: a + b, [1, 2], [1], strict=True)))
t("map long", lambda: list(map(lambda a, b: a + b, [1], [1, 2], strict=True)))
t("empty zip", lambda: list(zip()))
t("empty strict", lambda: list(zip(strict=True)))
z = zip([1, 2, 3], "ab", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print("partial", e)

def gen():
    yield 1
    raise KeyError("boom")
try:
    list(zip([1, 2], gen(), strict=True))
except KeyError as e:
    print("propagates", repr(e))
