big = 10 ** 5000
try:
    s = str(big)
except ValueError as e:
    print(type(e).__name__, e)
print(len(hex(big)) > 0)
try:
    int("1" * 5000)
except ValueError as e:
    print(type(e).__name__, e)
print(len(str(10 ** 4000)))
