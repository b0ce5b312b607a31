ba = bytearray(b"0123456789")
print(ba[2:5], ba[::-1], ba[::3], type(ba[1:2]).__name__)
ba[0:2] = b"AB"
ba[-1:] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
ba[1:1] = [0x21, 0x22]
print(ba)
ba.extend(range(65, 68))
print(ba, ba.count(0x21), ba.index(b"C"))
try:
    ba[0:1] = [300]
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
