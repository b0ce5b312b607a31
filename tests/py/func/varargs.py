def collect(*args, **kwargs):
    return args, kwargs
print(collect(), collect(1), collect(1, 2, a=3), collect(*[1, 2], **{"b": 3}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"abc"))
def forward(*args, **kwargs):
    return collect(*args, extra=True, **kwargs)
print(forward(1, k="v"))
def options(**opts):
    return sorted(opts.items())
print(options(z=1, a=2, m=3))
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
def mutate(*args):
    args = list(args)
    args.append("x")
    return args
print(mutate(1))
d = {"a": 1}
def kwcopy(**kw):
    kw["b"] = 2
    return kw
print(kwcopy(**d), d)
