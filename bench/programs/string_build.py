# Building strings: f-strings with format specifications (width, alignment,
# zero padding, hex, fixed-point floats, !r), str.join over lists and
# generators, repeated concatenation (s += c, linear only if the interpreter
# appends in place when it holds the sole reference, as CPython does), and str
# methods on the results.

ROWS = 400000       # records formatted into report lines
CONCAT = 500000     # pieces appended one at a time with +=
BLOCKS = 300        # joined blocks in the final document


def report_lines(rows):
    lines = []
    for i in range(rows):
        name = "item" + str(i % 977)
        qty = (i * 37) % 1000
        price = (i % 250) * 0.25 + 0.99
        code = i * 2654435761 % 65536
        lines.append(f"{i:>7}|{name:<10}|{qty:05d}|{price:9.2f}|{code:#06x}|{name!r}")
    return lines


def concatenated(count):
    s = ""
    for i in range(count):
        s += chr(97 + i % 26)
        if i % 50 == 49:
            s += "\n"
    return s


def document(lines, blocks):
    parts = []
    step = len(lines) // blocks
    for b in range(blocks):
        chunk = lines[b * step:(b + 1) * step]
        header = f"== block {b:03d} of {blocks} ({len(chunk)} lines) =="
        body = "\n".join(line.upper() for line in chunk)
        cells = ",".join([str(len(line)) for line in chunk[:20]])
        parts.append("\n".join((header, body, cells)))
    return "\n\n".join(parts)


lines = report_lines(ROWS)
text = concatenated(CONCAT)
doc = document(lines, BLOCKS)
print("string_build", len(lines), sum(len(s) for s in lines), len(text),
      text.count("z"), len(doc), doc.count("ITEM1"), doc.count("|"),
      lines[-1])
