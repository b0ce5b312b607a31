def render(template, **ctx):
    out = []
    i = 0
    while i < len(template):
        if template.startswith("{{", i):
            j = template.index("}}", i)
            key = template[i + 2:j].strip()
            out.append(str(ctx.get(key, "?" + key)))
            i = j + 2
        else:
            out.append(template[i])
            i += 1
    return "".join(out)
print(render("Hello {{ name }}, you have {{n}} messages{{missing}}.", name="Ann", n=3))
print("Hello {name}, {n:03d}".format(name="Bob", n=7))
print("{0}{1}{0}".format("ab", "cd"))
print("%s=%r" % ("k", "v"))
