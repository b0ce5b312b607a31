x = 5
result = x.bit_length() + x.nope()
