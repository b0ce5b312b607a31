b = bytes(range(10))
m = memoryview(b)
print(len(m), m[-1], m[2:8:2].tolist(), m[::-1].tobytes(), m.nbytes, m.itemsize, m.format, m.ndim, m.shape)
print(m == b, m[1:3] == b"\x01\x02", m != b"x", bytes(m[3:5]), b"".join([m[0:2], b"|"]), m.hex(), m.obj is b)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"hello")
v = memoryview(ba)
v[1:3] = b"EL"
v[-1] = 79
print(ba, v.readonly, list(v), v.tolist())
try:
    v[0] = 300
except (TypeError, ValueError) as e:
    print(type(e).__name__)
with memoryview(b"xy") as w:
    print(w.tobytes())
print(w.released if hasattr(w, "released") else None)
try:
    len(w)
except ValueError as e:
    print("ValueError", e)
try:
    memoryview(5)
except TypeError as e:
    print("TypeError", e)
print(memoryview(b"abc")[1], type(memoryview(b"")).__name__)
