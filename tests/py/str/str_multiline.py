text = """First line
    indented line
Last line"""
print(text)
print(text.splitlines())
print(len(text.splitlines()), text.count("\n"))
lines = [l.strip() for l in text.split("\n")]
print(lines)
doc = '''\
No leading newline
'''
print(repr(doc))
print("a" "b"
      "c")
raw = r"""C:\path\to\file
\n stays"""
print(raw)
print(repr(raw))
