(1).bit_length()
1.5.is_integer()
0x10.to_bytes(2, "big")
1 .__add__(2)
1_000 .real
0 .real
00 .real
0o7.real
0b1.real
1e1.hex()
.5.as_integer_ratio()
1j.conjugate()
