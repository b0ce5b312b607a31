s = "héllo wörld €😀"
b = s.encode()
print(b, len(b), b.decode(), b.decode("utf-8") == s)
print(s.encode("utf-8"), s.encode("latin-1", errors="replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"), "é".encode("utf-32-be"))
print(b"\xc3\xa9".decode(), b"\xe9".decode("latin-1"), b"\xff\xfe".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
print(b"a\xffb".decode("utf-8", "backslashreplace"), b"abc".decode("ascii"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    "é€".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "😀".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
print(str(b"\xc3\xa9", "utf-8"), str(b"abc", encoding="ascii"), str(b"\xff", "utf-8", "replace"))
print("\ud800".encode("utf-8", "surrogatepass"), "x".encode("UTF8"), "x".encode("Latin1"))
