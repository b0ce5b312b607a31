b = b"abcdef"
m = memoryview(b)
print(len(m), m[0], bytes(m[1:3]), m.tobytes(), m.readonly, m.tolist())
ba = bytearray(b"xyz")
mv = memoryview(ba)
mv[0] = ord("X")
print(ba, mv.readonly, bytes(mv))
print(m == b, m[::2].tobytes())
