# Word frequencies over generated text: str.split, str.strip, str.lower,
# str.capitalize, str.join, dict.get counting, and a sort of the result.
# The text is built from a fixed vocabulary by a linear congruential
# generator, so it is the same on every run and every interpreter.

LINES = 56000           # lines of generated text
WORDS_PER_LINE = 12     # words on each line (before punctuation)
PASSES = 3              # times the whole text is counted
TOP = 5                 # most frequent words to report

VOCABULARY = (
    "river stone lantern quiet harbor copper meadow thread orbit velvet "
    "signal ember canyon ledger pocket willow engine marble hollow crimson "
    "beacon saddle thunder garden needle parcel shadow violet cobalt pilot "
    "the a of and to in is it that was for on with as at by "
    "north south east west under over between after before during "
    "seven eleven ninety hundred single double"
).split()

PUNCTUATION = (".", ",", ";", ":", "!", "?")


def generate(lines, per_line):
    seed = 2024
    out = []
    nv = len(VOCABULARY)
    for _ in range(lines):
        words = []
        for _ in range(per_line):
            seed = (seed * 1664525 + 1013904223) % 4294967296
            # skew the choice so some words are much more common than others
            pick = (seed >> 8) % nv
            if seed & 0x40000000:
                pick = pick % 12
            word = VOCABULARY[pick]
            style = (seed >> 20) & 15
            if style == 0:
                word = word.upper()
            elif style < 4:
                word = word.capitalize()
            if style == 5:
                word = "(" + word + ")"
            elif style == 6:
                word = '"' + word + '"'
            elif style >= 12:
                word = word + PUNCTUATION[style - 12]
            words.append(word)
        out.append(" ".join(words))
    return "\n".join(out)


def count_words(text, counts):
    for line in text.split("\n"):
        for token in line.split():
            word = token.strip(".,;:!?\"()").lower()
            if word:
                counts[word] = counts.get(word, 0) + 1


text = generate(LINES, WORDS_PER_LINE)
counts = {}
for _ in range(PASSES):
    count_words(text, counts)
ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
total = sum(counts.values())
top = " ".join(f"{w}={n}" for w, n in ranked[:TOP])
print("word_freq", len(text), len(counts), total, top)
