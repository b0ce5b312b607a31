n = 0x12345678
big = n.to_bytes(4, "big")
little = n.to_bytes(4, "little")
print(big, little, big.hex(), little.hex(" "))
print(int.from_bytes(big, "big") == n, int.from_bytes(little, "little") == n, int.from_bytes(big, "little"))
print([b for b in big], bytes([b ^ 0xFF for b in big]), sum(big) % 256)
def checksum(data):
    c = 0
    for b in data:
        c = (c * 31 + b) & 0xFFFFFFFF
    return c
print(checksum(b"hello world"), hex(checksum(bytes(range(256)))))
print((-2).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (1000).to_bytes(2, byteorder="little"))
