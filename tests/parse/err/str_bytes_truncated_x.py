x = b"\xZ"
