import textwrap, types
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12))
print(textwrap.fill("a b c d e f g", 5))
print(repr(textwrap.dedent("    x\n      y\n")), repr(textwrap.indent("a\nb", "> ")), textwrap.shorten("Hello  world, this is long", 15))
ns = types.SimpleNamespace(a=1, b=2)
print(ns, ns.a, types.FunctionType.__name__, isinstance(len, types.BuiltinFunctionType))
