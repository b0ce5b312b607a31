# encode / decode / str(bytes, ...) with the error handlers.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

u = "a\u00e9\u20ac\U0001F600"
for enc in ["utf-8", "UTF8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-be"]:
    t("enc " + enc, lambda: u.encode(enc))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    t("ascii " + errors, lambda: u.encode("ascii", errors))
    t("latin1 " + errors, lambda: u.encode("latin-1", errors))
t("ascii strict", lambda: u.encode("ascii"))
t("ascii run", lambda: "ab\u00e9\u00e8c".encode("ascii"))
t("latin1 strict", lambda: u.encode("latin-1"))
t("surrogate", lambda: "a\ud800b".encode())
t("surrogate run", lambda: "a\ud800\udc00b".encode("utf-8"))
t("surrogatepass", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
t("surrogateescape", lambda: "a\udcffb".encode("utf-8", "surrogateescape"))
t("bad handler", lambda: u.encode("ascii", "nope"))
t("bad handler unused", lambda: "abc".encode("ascii", "nope"))
bad = b"a\xffb\xe2\x82c\xed\xa0\x80d\xf0\x9f\x98"
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    t("dec " + errors, lambda: bad.decode("utf-8", errors))
t("dec ascii", lambda: b"ab\x80".decode("ascii"))
t("dec ascii replace", lambda: b"ab\x80\x81".decode("ascii", "replace"))
t("dec latin1", lambda: bytes(range(0xe0, 0xe8)).decode("latin-1"))
t("dec utf16", lambda: "h\u00e9\U0001F600".encode("utf-16").decode("utf-16"))
t("dec utf16le", lambda: b"h\x00i\x00".decode("utf-16-le"))
t("dec utf16 odd", lambda: b"h\x00i".decode("utf-16-le"))
t("dec utf32", lambda: "x\U0001F600".encode("utf-32").decode("utf-32"))
t("roundtrip escape", lambda: bad.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == bad)
t("str bytes", lambda: str(b"abc", "ascii"))
t("str errors only", lambda: str(b"a\xff", errors="replace"))
t("str str", lambda: str("abc", "utf-8"))
t("str int", lambda: str(5, "utf-8"))
t("str bytearray", lambda: str(bytearray(b"xy"), "utf-8"))
t("str bad", lambda: str(b"\xff", "utf-8"))
t("str kw", lambda: str(object=b"x"))
t("str nope", lambda: str(b"x", "nope"))
t("str 4", lambda: str(1, 2, 3, 4))
t("str kw bad", lambda: str(x=1))
t("str enc int", lambda: str(b"x", 1))
try:
    "\u00e9".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"ab\xff".decode()
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
