# `s += t` may append in place when s is the only reference: every other
# holder of the old string must keep seeing the old value.
def build(n):
    s = ""
    snaps = []
    for i in range(n):
        s += chr(97 + i % 26)
        if i % 7 == 0:
            snaps.append(s)          # a second reference: s must be copied next time
        t = s                        # an alias taken by a plain load
        s += "."
        assert t != s and s.startswith(t)
    return s, snaps

s, snaps = build(60)
print(len(s), s[:20], [len(x) for x in snaps][:5], snaps[2])

def closure():
    s = "ab"
    def get():
        return s
    s += "cd"
    return get(), s

print(closure())

def in_loop_alias():
    parts = []
    s = "x"
    for i in range(5):
        s += str(i)
        parts.append(s)
    return parts

print(in_loop_alias())

def self_concat():
    s = "ab"
    s += s
    s += s
    return s

print(self_concat())
g = "glob"
g += "al"
print(g)
def locals_view():
    s = "start"
    s += "-1"
    d = locals()
    s += "-2"
    return d["s"], s
print(locals_view())
