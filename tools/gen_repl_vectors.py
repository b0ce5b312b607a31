# Vectors for tests/unit/test_repl_input.c: what CPython 3.14's
# codeop.compile_command(src, '<input>', 'single') -- the interactive
# console's "is this input complete?" test -- does with each input.
# Output, one input per line:  C|I|E <hex of src's UTF-8> [lineno<TAB>msg]
#   C complete (code returned), I incomplete (None), E error (SyntaxError
#   subclass or ValueError: lineno and message recorded).
# Usage: cpython314 tools/gen_repl_vectors.py > tests/unit/repl_input_vectors.txt
import codeop, warnings

warnings.simplefilter("ignore")

base = [
    "", " ", "\n", "\n\n", "# c", "# c\n", "  # c\n\n# d", "pass", "x = 1", "x = 1\n",
    "x = 1\n\n", "print(1)", "1 +", "1 +\n", "x = = 1", ")", "]", "}", "(", "[", "{",
    "x = (", "x = [1,", "x = {1:", "f(1,\n2", "f(1,\n2)", "(\n", "((1)", "x = (1\n", "[1,\n2,\n",
    "a\\", "a \\\n", "a = 1 + \\", "a = 1 + \\\n", "a = 1 + \\\n2", "\\", "x \\ y",
    "'''abc", "'''abc\n", "x = '''a\nb", "x = '''a\nb'''", '"""', 'r"""x\n', "'abc", "x = 'abc",
    "'abc\n", "b'''x", "f'''{\n1", "f'{\n1}'", "f'{1 +\n", "f'{x'", "f'''a\n{x}\n'''", "f'''a\n{x",
    "t'''a{x}", "t'{x}'",
    "if x:", "if x:\n", "if x:\n\n", "if x:\n    pass", "if x:\n    pass\n", "if x:\n    pass\n\n",
    "if x:\n    pass\nelse:", "if x:\n    pass\nelse:\n    pass", "if x:\n    pass\nelse:\n    pass\n",
    "if x:\n  pass\n\n  y", "if x:\n  pass\n  y\n", "if x:\n  pass\ny = 1", "if x:\n  pass\ny = 1\n",
    "if x: pass", "if x: pass\n", "if x: pass\nelse: pass", "if x:\npass", "if x:\npass\n",
    "if x:\n  if y:\n    pass", "if x:\n  if y:\n    pass\n", "if x:\n  if y:\n    pass\n  ",
    "if x:\n  if y:\n    pass\n  else:", "if x:\n  if y:\n    pass\n  z = 1\n",
    "for x in y:", "for x in y", "for x in y:\n  print(x)", "for x in y:\n  print(x)\n",
    "for x in y:\n  if z:\n    pass\n  ", "while 1:\n  break\n", "while 1:\n  break",
    "while True", "while True:\n", "class C:", "class C:\n", "class C:\n\n  pass", "class C:\n  pass\n",
    "class C:\n  def f(self):", "class C:\n  def f(self):\n    return 1\n",
    "class C:\n  def f(self):\n    return 1\n\n", "class C(", "class C(B", "class C(B):",
    "def f():", "def f():\n  return 1", "def f():\n  return 1\n", "def f():\n  return 1\n\n",
    "def f(", "def f(a,", "def f(a, b):\n", "def f(a, b) -> int:", "def f(a, b) -> :",
    "async def f():\n  await x\n", "async def f():", "async with a:\n  pass\n",
    "try:", "try:\n  pass", "try:\n  pass\n", "try:\n  pass\nexcept:", "try:\n  pass\nexcept:\n  pass",
    "try:\n  pass\nexcept:\n  pass\n", "try:\n  pass\nfinally:\n  pass\n", "try:\n  pass\nelse:\n  pass\n",
    "try:\n  pass\nexcept* E:\n  pass\n", "try:\n  pass\nexcept E as e:\n  pass\n",
    "with a as b:", "with a as b:\n  pass\n", "with (a as b,\n c as d):\n  pass\n", "with (a,",
    "@d", "@d\n", "@d\n@e\n", "@d\ndef f(): pass", "@d\ndef f(): pass\n", "@d\nclass C: pass\n", "@d\nx = 1\n",
    "@", "@\n",
    "match x:", "match x:\n  case 1:", "match x:\n  case 1:\n    pass", "match x:\n  case 1:\n    pass\n",
    "match x:\n  case [1, *r]:\n    pass\n  case {'a': b}:\n    pass\n",
    "match x:\n  case 1 +:\n    pass\n", "match x:\n  case (1,", "match(x)", "match = 1", "match x:\n  pass\n",
    "lambda: (", "lambda x:", "lambda x: x", "x = lambda", "x if y", "x if y else", "x if y else z",
    "x = yield", "yield", "return", "return 1", "import", "import os", "import os.", "from . import (a,",
    "from . import (a,\n b)", "from os import", "from os import *", "global x", "nonlocal x",
    "del x", "del", "assert x", "assert", "raise", "raise E from", "a, b = 1, 2", "a, b =", "a =",
    "x: int", "x: int =", "x +=", "x += 1", "print 1", "print(1", "print(1))", "1 2", "a b", "a.b.",
    "a[", "a[1:", "a[1:2]", "a(b=", "x = {", "{**d", "[x for x in", "[x for x in y]",
    "(x for x in y", "x := 1", "(x := 1)", "*a", "*a, = b", "not", "not x", "x and", "x or y",
    "1 if", "await x", "async", "def", "class", "if", "elif x:", "else:", "except:", "finally:",
    "type X = int", "type X[T] = list[T]", "type X =", "def f[T](x: T):\n  pass\n", "def f[T",
    "x = 1; y = 2", "x = 1;", "x = 1;;", ";", "x = 1\ny = 2", "x = 1\ny = 2\n", "x = 1\n\ny = 2",
    "x = 1\n# c\n", "x = 1\n  # c", "x = 1\n  y = 2", "  x = 1", "  x = 1\n", "\tx = 1",
    "if x:\n\tpass\n        pass\n", "if x:\n        pass\n\tpass\n", "if x:\n  pass\n pass\n",
    "if x:\n    pass\n  pass", "if x:\n    pass\n  pass\n", "if x:\n  pass\n    pass\n",
    "if x:\n\tpass", "if x:\n\tpass\n", "if x:\n  \n  pass\n",
    "x = 0b12", "x = 1_", "x = 0x", "x = 1e", "x = 08", "x = 1.2.3", "$", "x = ?", "x = `a`",
    "x = 'a' 'b", "'\\N{foo}'", "b'\\xff' 'a'", "b'a' 'b'", "f'{'", "f'{}'", "f'{x!}'", "f'{x!r'",
    "f'{x:'", "f'{x:{'", "f'{x}", "f'''{x}", "f'''\n{x}\n", "u'''x", "rb'''", "x = '\\",
    "x = '\\\n", "x = '''\\", "'''\\\n", "\"\"\"\n\n\n",
    "None = 1", "True = 1", "f() = 1", "x + 1 = 2", "del f()", "(a, b) += 1", "a, b += 1",
    "def f(x, x): pass", "def f(*): pass", "def f(**a, b): pass", "f(**a, *b)", "f(a=1, 2)",
    "nonlocal x\n", "return\n", "break", "continue", "yield\n", "await\n",
    "from __future__ import braces", "from __future__ import nope", "from __future__ import annotations",
    "def f():\n  x = 1\n  return x", "def f():\n  x = 1\n  return x\n",
    "def f():\n  '''doc\n", "def f():\n  '''doc\n  '''", "def f():\n  '''doc\n  '''\n",
    "if x:\n  # c\n", "if x:  # c", "if x:  # c\n  pass\n", "if x:\n  pass  # c\n",
    "x = [\n  1,\n  2,\n]", "x = [\n  1,\n  2,\n", "x = [\n  1,\n  2\n  3]", "x = [\n  1\n  2\n",
    "x = {\n 'a': 1,\n", "print('a',\n      'b')", "print('a',\n      'b'", "print('a'\n      'b'",
    "if (x and\n    y):\n  pass\n", "if (x and\n    y):", "if (x and\n    y)", "x = (1 +\n     2", "x = (1 +\n     2)",
    "x = 1 +\\\n  2", "if x:\\\n  pass", "for \\\n", "with a,\\\n  b:\n  pass\n",
    "1 +\n2", "x = (\n)", "()", "(\n)", "[\n]\n",
    "class C:\n  x = 1\n  def f(self): pass\n", "class C:\n  x = 1\n def f(self): pass\n",
    "while x:\n  if y:\n    break\n  else:\n    continue\n",
    "for x in y:\n  pass\nelse:\n  pass\n", "for x in y:\n  pass\nelse:",
    "if x:\n  pass\nelif y:\n  pass\nelse:\n  pass\n", "if x:\n  pass\nelif y:",
    "if x:\n  pass\nelif", "if x:\n  pass\nelse", "try:\n  pass\nexcept", "try:\n  pass\nexcept E",
    "try:\n  x\nexcept E:\n  pass\nelse:\n  pass\nfinally:\n  pass\n",
    "def f():\n  pass\nf()", "def f():\n  pass\n\nf()", "def f():\n  pass\n\n\nf()",
    "x = 1\n\n\n", "\n\nx = 1", "\n\nif x:\n  pass", "# c\nif x:", "# c\nx = 1",
    "if x:\n  pass\n# c\n", "if x:\n  pass\n# c", "if x:\n  pass\n  # c",
    "x = \"\"\"a\n\nb\"\"\"", "x = \"\"\"a\n\nb", "'a' \\\n'b'", "'a' \\\n", "u'x", "br'x'",
    "print(f\"{x!r:>{w}}\")", "print(f\"{x!r:>{w}\")", "f'{x=}'", "f'{x = }'", "f'{\"a\"}'",
    "x = 1 if y else", "x = [i for i in range(3) if", "{k: v for k, v in", "(yield)",
    "a @= b", "a ->", "->", "a ** ", "~", "-", "x = -", "x = not", "is", "x is not", "x not in",
    "x in", "a < b <", "@property\ndef f(self):\n  return 1\n", "@property\n", "@property\ndef f(self):",
    "global", "import a as", "import a as b", "from a import b as", "from . import", "from .. import x",
    "except", "x = 1 # c", "x = 1 # c\n", "if x:\n  pass\nx", "if x:\n  pass\n\nx",
    "match x:\n  case 1:\n    pass\n  case", "match x:\n  case 1:\n    pass\n  case _:\n    pass\n",
    "case 1:", "match x:\n case 1: pass\n", "match x:\ncase 1: pass\n",
    "def f():\n    x = 1\n   y = 2\n", "def f():\n    x = 1\n   y = 2", "if 1:\n  x\n   y\n",
    "(\n  x\n", "[\n  x\n  ]", "x = ( # c\n", "x = ( # c\n 1)", "x = 1 \\  \n", "x = 1 \\ # c",
    "a.\\\nb", "lambda: (yield)", "def f(): return\n", "def f(): return", "class C: pass",
    "class C: pass\n", "if x: pass\nelif y: pass\n", "if x: pass\nelse:", "async for x in y:\n  pass\n",
    "print('\\N{BULLET}')", "'\\N{BULLE'", "x = 'é", "x = é", "é = 1", "x = 1 €", "€",
    "if x:\n  €", "x = (\n  €", "\x00", "x = '\x00'", "\ufeffx = 1", "x = 1\r\ny = 2", "x = 1\r\n",
    "if x:\r\n  pass\r\n", "\f", "\fx = 1", "x = 1\f", "if x:\n\f  pass\n",
]

for src in base:
    try:
        r = codeop.compile_command(src, '<input>', 'single')
        line = ('C' if r is not None else 'I') + ' ' + src.encode('utf-8', 'surrogatepass').hex()
    except (SyntaxError, ValueError) as e:
        msg = getattr(e, 'msg', None) or str(e)
        ln = getattr(e, 'lineno', None) or 0
        line = 'E ' + src.encode('utf-8', 'surrogatepass').hex() + ' %d\t%s' % (ln, msg.replace('\n', ' '))
    print(line)
