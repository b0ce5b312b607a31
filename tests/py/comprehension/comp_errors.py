try:
    [1 / x for x in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [x for x in None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x]: 1 for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{x} for x in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
print([x for x in []], {x: x for x in ()}, {x for x in ""})
