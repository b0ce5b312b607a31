TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only."""

STOP = {"the", "of", "it", "was", "we", "to", "in", "a", "or", "for", "on", "so", "that", "its", "all", "us"}


def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()


def frequencies(ws):
    counts = {}
    for w in ws:
        counts[w] = counts.get(w, 0) + 1
    return counts


ws = words(TEXT)
print("total words:", len(ws), "distinct:", len(set(ws)))
freq = frequencies(ws)
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
for w, n in top:
    print(f"{w:>10} {n:3d} {'#' * n}")
content = {w: n for w, n in freq.items() if w not in STOP}
print("top content words:", sorted(content, key=lambda w: (-content[w], w))[:6])
lengths = {}
for w in set(ws):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths)[-3:]:
    print(n, sorted(lengths[n]))
sentences = [s.strip() for s in TEXT.replace("\n", " ").split(",") if s.strip()]
print("clauses:", len(sentences), "longest:", max(sentences, key=len))
print("avg word length: %.3f" % (sum(map(len, ws)) / len(ws)))
letters = frequencies(c for c in TEXT.lower() if c.isalpha())
print("".join(sorted(letters, key=lambda c: (-letters[c], c))[:10]))
bigrams = frequencies(zip(ws, ws[1:]))
print([" ".join(b) for b, n in sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:4]])
caps = [w.strip(",.") for w in TEXT.split() if w[0].isupper()]
print("capitalized:", caps)
def wrap(text, width):
    lines, line = [], ""
    for w in text.split():
        if line and len(line) + 1 + len(w) > width:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}" if line else w
    lines.append(line)
    return lines
for l in wrap(" ".join(TEXT.split()[:30]), 34):
    print(f"|{l:<34}|")
acronym = "".join(w[0].upper() for w in "portable operating system interface".split())
print(acronym, "palindromes:", [w for w in sorted(set(ws)) if len(w) > 1 and w == w[::-1]])
