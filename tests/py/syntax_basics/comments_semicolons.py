# a comment line
x = 1  # trailing comment
y = 2; z = 3; print(x, y, z)
if x: print("one"); print("two")
def f(): return "inline body"
print(f())
s = "# not a comment"
print(s)
total = (1 +
         2 +   # comment inside parens
         3)
print(total)
long = 1 + \
    2 + \
    3
print(long)
items = [
    1,
    2,
    3,  # trailing comma allowed
]
print(items)
d = {
    "a": 1,
    "b": 2,
}
print(d)
print("""triple
quoted
string""")
print('''single triple''')
print("implicit" " concatenation" ' works')
