for b in [b"", b"\x00", b"\x7f", b"\x80", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"ABC", bytes(range(0, 256, 37))]:
    print(repr(b), b.hex(), len(b))
print(bytes.fromhex("4142 43"), bytes.fromhex("  "), bytearray.fromhex("ff00"))
print(b"\x01\x02\x03".hex("-"), b"\x01\x02\x03\x04".hex(":", -2), b"abc".hex(sep=" ", bytes_per_sep=1))
