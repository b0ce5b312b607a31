s = "abc"
t = s
s += "d"
print(s, t)
u = s.upper()
print(s, u)
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
print(s.replace("a", "A"), s)
print(list(s), "".join(list(s)) == s)
print(hash("abc") == hash("ab" + "c"))
