print(b"%s-%s" % (b"a", bytearray(b"b")), b"%d items" % 3, b"%05.1f" % 2.25, b"%x" % 255, b"%c%c" % (104, b"i"))
print(b"%(k)s" % {b"k": b"v"}, b"%r" % b"x" if False else b"%a" % "\xe9", b"%%" % ())
class HasBytes:
    def __bytes__(self): return b"custom"
print(b"[%s]" % HasBytes(), bytes(HasBytes()))
for fmt, arg in [(b"%s", 5), (b"%d", b"1"), (b"%c", 256), (b"%c", b"ab")]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
