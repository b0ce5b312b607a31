def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in (-5, 0, 3, 10, 99):
    print(n, classify(n))
x = 5
if x: print("truthy one-liner")
if not []: print("empty list is falsy")
if "": print("never")
else: print("empty str falsy")
for v in (0, 0.0, 0j, "", [], (), {}, set(), None, False, range(0)):
    if v:
        print("unexpected truthy", repr(v))
print("all falsy ok")
for v in (1, -1, 0.1, "0", [0], (None,), {0: 0}, {0}, True, range(1)):
    if not v:
        print("unexpected falsy", repr(v))
print("all truthy ok")
y = "yes" if x > 3 else "no"
print(y)
z = "a" if x > 10 else "b" if x > 4 else "c"
print(z)
