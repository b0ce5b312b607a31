try:
    s = __import__("sys")
    print(s.version_info.major)
except Exception as e:
    print(type(e).__name__, e)
try:
    os = __import__("os")
    print(type(os).__name__)
except Exception as e:
    print(type(e).__name__, e)
