print([ord(c) for c in "AZaz09 \n"])
print("".join(chr(i) for i in range(65, 91)))
print(chr(0x10FFFF) == "\U0010ffff", ord("\U0010ffff"), ord("\x00"))
print([chr(c) for c in (9, 10, 13, 32, 126)])
def caesar(text, k):
    out = []
    for ch in text:
        if ch.isalpha() and ch.isascii():
            base = ord("a") if ch.islower() else ord("A")
            out.append(chr((ord(ch) - base + k) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
print(caesar("Hello, World!", 3), caesar(caesar("Hello, World!", 3), -3))
try:
    ord(65)
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
