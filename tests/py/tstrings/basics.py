# t-strings: the Template and Interpolation objects the compiler builds
x = 42
name = "krait"
t = t"a {x!r:>5} b"
print(repr(t))
print(t.strings, t.interpolations, t.values)
Template = type(t)
Interpolation = type(t.interpolations[0])
print(Template.__name__, Template.__module__, Template.__qualname__, repr(Template))
print(Interpolation.__name__, Interpolation.__module__, repr(Interpolation))
i = t.interpolations[0]
print(i.value, i.expression, i.conversion, i.format_spec)
for conv in (t"{x}", t"{x!s}", t"{x!r}", t"{x!a}"):
    print(repr(conv.interpolations[0].conversion))
print(repr(t"{x:{x}>{x}}"))
print(repr(t"{x=}"))
print(repr(t"{name!r:^10}"))
print(repr(t""), repr(t"plain"))
print(repr(t"{x}{name}"))
print(repr(t"{'q'}{t}"))
print(str(t) == repr(t), bool(t""))
print(list(t"a{x}b{name}"), list(t"{x}{x}"), list(t""), list(t"ab"))
it = iter(t"a{x}")
print(type(it).__name__, iter(it) is it, next(it), next(it), next(it, "end"))
print(t == t, t"a" == t"a", t.interpolations[0] == t.interpolations[0])
print(type(hash(t)).__name__, type(hash(i)).__name__)
