import string
print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits, string.punctuation)
print(repr(string.whitespace), string.capwords("hello   big world"))
t = string.Template("$who likes ${what}")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="y")
except KeyError as e:
    print(type(e).__name__, e)
print(string.Formatter().format("{0}-{x}", 1, x=2))
