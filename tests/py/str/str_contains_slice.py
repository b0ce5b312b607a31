s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[::3], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1])
print(s[2:2], s[5:1], s[100:200], s[-100:2], s[3:-3], s[None:None:None], s[slice(1, 4)], s[slice(None, None, -2)])
print("45" in s, "54" in s, "" in "", "a" in "")
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    None in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print(s[2:8:3], s[-2:-8:-3], len(s[::7]))
