s = list(range(12))
print(s[::4], s[1::4], s[-1::-4], s[10:0:-3], s[:5:-2], s[5::-2])
print(s[slice(2, 10, 3)], s[slice(-4, None)], s[slice(None, None, 5)])
t = tuple(s)
print(t[2:4], t[::-5], type(t[1:2]).__name__)
text = "abcdefghij"
print(text[::2] + text[1::2], text[-3:] + text[:-3], text[::-1][::2])
i = slice(2, 5)
print(s[i], text[i], (lambda seq: seq[i])(b"0123456"))
