ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = 72
print(ba)
ba.append(33)
ba.extend(b" ok")
print(ba)
ba += b"!"
print(ba, ba.pop(), ba.pop(0), ba)
ba.insert(0, 104)
del ba[1]
print(ba)
ba[1:3] = b"EEEE"
print(ba)
ba.reverse()
print(ba)
ba.remove(ord("E"))
print(ba, ba.count(b"E"), ba.find(b"E"))
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") * 3)
x = bytearray(b"abc")
y = x
x += b"d"
print(x is y, y, bytes(x), bytearray(x) == x, x == b"abcd")
try:
    x[0] = 256
except ValueError as e:
    print(type(e).__name__, e)
try:
    x.append("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytearray(b"")
    bytearray().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    {bytearray(b"x"): 1}
except TypeError as e:
    print(type(e).__name__, e)
print(x.upper(), type(x.upper()).__name__, x.decode(), x.hex())
