data = b"  key1=value1; key2 = value2 ;key3=  "
pairs = [p.strip() for p in data.split(b";")]
print(pairs)
parsed = {}
for p in pairs:
    k, _, v = p.partition(b"=")
    parsed[k.strip().decode()] = v.strip().decode()
print(parsed)
print(b"a b\tc\nd".split(), b"a,,b".split(b","), b"a,b,c".rsplit(b",", 1), b"xxaxx".strip(b"x"), b"\r\nline\r\n".rstrip())
print(b"Hello".ljust(8, b".") + b"|", b"a-b".replace(b"-", b""), b"abc".find(99), b"abc".index(b"c"), b"aaa".count(b"a", 1))
print(bytes.maketrans(b"ab", b"AB"), b"abba".translate(bytes.maketrans(b"ab", b"AB")))
print(b"ab".join([b"1", bytearray(b"2"), memoryview(b"3")]))
