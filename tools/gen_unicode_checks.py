#!/usr/bin/env python3
"""Writes tests/unit/unicode_vectors.txt: what CPython 3.14 says about the
characters, for tests/unit/test_unicode.c to hold src/unicode/ to.

    /work/shared/tools/cpython314 tools/gen_unicode_checks.py > tests/unit/unicode_vectors.txt

Line kinds (hex numbers without 0x; fields separated by one space):

  S first last      a range of code points str.isidentifier() accepts alone
  C first last      a range accepted after a first character (XID_Continue)
  P first last      a range of str.isprintable() characters
                    (the S, C and P ranges give the full sets: every other
                    code point is out)
  K1 cp ; out...    NFKC of the single character CP, for every character
                    NFKC changes (all others are left alone)
  K in... ; out...  NFKC of a sequence of code points
  N cp name         "\\N{name}" gives CP (the rest of the line is the name)
  X name            "\\N{name}" is an error
  M cp name         unicodedata.name(CP) is NAME
  M cp              CP has no name
  H count crc       over every named code point, "%X %s\\n" % (cp, name)
                    lines in code point order: their count and CRC-32
  Q prop count crc  over every code point, the lines "%X\n" (for a flag) or
                    "%X value\n" (otherwise) of the code points where PROP is
                    not its default (false, none, the character itself):
                    their count and CRC-32.  Flags: alpha decimal digit
                    numeric alnum space linebreak lower upper (str.is*() of
                    the character), istitle (str.istitle() of it: upper or
                    titlecase), title (category Lt), cased, ignorable
                    (Case_Ignorable as the final sigma rule sees it).  Values:
                    decval digval (unicodedata.decimal, digit: %d), numval
                    (numeric: %.17g), category (not Cn), bidi (not empty),
                    combining (not 0), and the str methods of the character
                    alone as code points "%X %X...": tolower toupper totitle
                    casefold swapcase capitalize
  Z cp mask cat bidi ccc dec dig num ; lower ; upper ; title ; fold ; swap ; cap
                    everything about one character, for diagnosis: MASK has
                    bit i set for the i-th flag above (alpha = bit 0 ...
                    ignorable = bit 12); bidi "-" when empty; dec, dig -1 and
                    num "-" when none; then str methods of the character
  T in... ; lower ; upper ; casefold ; capitalize ; title ; swapcase
                    the str case methods of a string of code points
  RP cp...          code points to add to the pool for R
  R seed count crc  COUNT strings from the pool by xorshift32 from SEED (each
                    string: length 1 + next % 8, then pool[next % size] per
                    character); over them, for each of the six methods in T's
                    order, "%X %X...\n" of the result: the CRC-32
  E                 end of file (guards against a truncated file)
"""
import random
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 14), sys.version
assert unicodedata.unidata_version == "16.0.0"

MAXCP = 0x110000
rng = random.Random(314)
lines = []


def emit(s):
    lines.append(s)


def ranges_of(pred):
    out, start = [], None
    for c in range(MAXCP + 1):
        on = c < MAXCP and pred(c)
        if on and start is None:
            start = c
        elif not on and start is not None:
            out.append((start, c - 1))
            start = None
    return out


def hexs(cps):
    return " ".join("%X" % c for c in cps)


def nfkc_line(tag, s):
    t = unicodedata.normalize("NFKC", s)
    emit("%s %s ; %s" % (tag, hexs(map(ord, s)), hexs(map(ord, t))))


def literal_lookup(name):
    """What "\\N{NAME}" gives in a 3.14 string literal: a code point or None."""
    assert "}" not in name and "\\" not in name and '"' not in name and "\n" not in name
    try:
        s = eval('"\\N{' + name + '}"')
    except SyntaxError:
        return None
    assert len(s) == 1
    return ord(s)


def name_line(name):
    cp = literal_lookup(name)
    if cp is None:
        emit("X " + name)
    else:
        emit("N %X %s" % (cp, name))


def mixed_case(name):
    return "".join(ch.lower() if rng.random() < 0.5 else ch for ch in name)


FLAGS = ["alpha", "decimal", "digit", "numeric", "alnum", "space", "linebreak", "lower",
         "upper", "istitle", "title", "cased", "ignorable"]
SIGMA, FINAL = "\u03a3", "\u03c2"
CASE_OPS = ["lower", "upper", "casefold", "capitalize", "title", "swapcase"]


def char_flags(c):
    """The FLAGS of chr(c), as a dict.  Cased and Case_Ignorable are found
    through str.title() and the final sigma rule of str.lower(): (X + "A")
    titles to "..a" iff X is cased; X + SIGMA lowers to a final sigma iff X
    is cased but not ignorable, "A" + X + SIGMA iff X is cased or
    ignorable."""
    ch = chr(c)
    cased = (ch + "A").title()[-1] == "a"
    if cased:
        ignorable = (ch + SIGMA).lower()[-1] != FINAL
    else:
        ignorable = ("A" + ch + SIGMA).lower()[-1] == FINAL
    return {"alpha": ch.isalpha(), "decimal": ch.isdecimal(), "digit": ch.isdigit(),
            "numeric": ch.isnumeric(), "alnum": ch.isalnum(), "space": ch.isspace(),
            "linebreak": len(("a" + ch + "b").splitlines()) == 2, "lower": ch.islower(),
            "upper": ch.isupper(), "istitle": ch.istitle(),
            "title": unicodedata.category(ch) == "Lt", "cased": cased, "ignorable": ignorable}


def char_values(c):
    """The non-flag properties of chr(c): text for the Q lines, None when it
    has its default."""
    ch = chr(c)
    dec, dig = unicodedata.decimal(ch, None), unicodedata.digit(ch, None)
    num = unicodedata.numeric(ch, None)
    cat, bidi = unicodedata.category(ch), unicodedata.bidirectional(ch)
    ccc = unicodedata.combining(ch)
    v = {"decval": None if dec is None else "%d" % dec,
         "digval": None if dig is None else "%d" % dig,
         "numval": None if num is None else "%.17g" % num,
         "category": None if cat == "Cn" else cat,
         "bidi": bidi or None,
         "combining": "%d" % ccc if ccc else None}
    for name, op in (("tolower", str.lower), ("toupper", str.upper), ("totitle", str.title),
                     ("casefold", str.casefold), ("swapcase", str.swapcase),
                     ("capitalize", str.capitalize)):
        r = op(ch)
        v[name] = None if r == ch else hexs(map(ord, r))
    return v


def xorshift32(x):
    x ^= (x << 13) & 0xFFFFFFFF
    x ^= x >> 17
    x ^= (x << 5) & 0xFFFFFFFF
    return x


def case_line(s):
    return "T %s ; %s" % (hexs(map(ord, s)),
                          " ; ".join(hexs(map(ord, getattr(s, op)())) for op in CASE_OPS))


def case_vectors():
    props = FLAGS + ["decval", "digval", "numval", "category", "bidi", "combining",
                     "tolower", "toupper", "totitle", "casefold", "swapcase", "capitalize"]
    crc = dict.fromkeys(props, 0)
    count = dict.fromkeys(props, 0)
    flagsets = {k: set() for k in FLAGS}
    special = []
    for c in range(MAXCP):
        fl = char_flags(c)
        for k in FLAGS:
            if fl[k]:
                flagsets[k].add(c)
                crc[k] = zlib.crc32(b"%X\n" % c, crc[k])
                count[k] += 1
        for k, v in char_values(c).items():
            if v is not None:
                crc[k] = zlib.crc32(("%X %s\n" % (c, v)).encode("ascii"), crc[k])
                count[k] += 1
        if any(len(getattr(chr(c), op)()) > 1 for op in ("lower", "upper", "title", "casefold")):
            special.append(c)
    for k in props:
        emit("Q %s %d %08X" % (k, count[k], crc[k]))

    # Characters in full, for diagnosis: Latin and Greek, the special cases,
    # the rare classes, both ends of every run of each flag, and a sample.
    sample = set(range(0x250)) | set(range(0x370, 0x400)) | set(special)
    for k in ("space", "linebreak", "title"):
        sample |= flagsets[k]
    for k in FLAGS:
        for c in flagsets[k]:
            if c - 1 not in flagsets[k] or c + 1 not in flagsets[k]:
                if rng.random() < 0.03:
                    sample.add(c)
    sample |= set(rng.sample(range(0x30000), 200))
    sample |= {0x10FFFF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x0F33, 0x5146, 0x4EAC, 0x2155,
               0x00B2, 0x2460, 0x0660, 0x0669, 0x1F100, 0x1E9E, 0x2126, 0x212A, 0xAB70,
               0x13F8, 0x1C80, 0x1C88, 0x10D0, 0x1C90, 0x0345, 0x02B0, 0x00AA}
    for c in sorted(sample):
        ch = chr(c)
        fl = char_flags(c)
        mask = sum(1 << i for i, k in enumerate(FLAGS) if fl[k])
        num = unicodedata.numeric(ch, None)
        emit("Z %X %X %s %s %d %d %d %s ; %s" % (
            c, mask, unicodedata.category(ch), unicodedata.bidirectional(ch) or "-",
            unicodedata.combining(ch), unicodedata.decimal(ch, -1), unicodedata.digit(ch, -1),
            "-" if num is None else "%.17g" % num,
            " ; ".join(hexs(map(ord, op(ch))) for op in
                       (str.lower, str.upper, str.title, str.casefold, str.swapcase,
                        str.capitalize))))

    # Strings: the final sigma rule, title and capitalize in context.
    fixed = ["\u03a3", "A\u03a3", "\u03a3A", "A\u03a3 ", "A\u03a3b", "A\u03a3.", "A.\u03a3",
             "A\u03a3'", "A\u03a3'b", "A'\u03a3", "'\u03a3", "\u03a3\u03a3",
             "\u03a3\u03a3\u03a3", "A\u03a3\u03a3", "\u0391\u03a3 \u0391\u03a3",
             "\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3", "A\u0345\u03a3",
             "\u0345\u03a3", "A\u03a3\u0345", "A\u03a3\u0345b", "\u02b0\u03a3",
             "A\u02b0\u03a3", "A\u03a3\u02b0", "A\u03a3\u02b0b", "A\u00ad\u03a3",
             "A\u03a3\u00ad", "1\u03a3", "A1\u03a3", "A\u03a31", "\u03a3\ud800",
             "A\u03a3\ud800", "\ud800\u03a3", "A\u0301\u0301\u03a3\u0301",
             "\u1f88\u03a3", "\u01c5\u03a3", "A\u2019\u03a3", "A:\u03a3:", "a\u03a3",
             "\u00df", "\u00dfa", "a\u00df", "\u00df\u00df", "\ufb01", "\ufb01x",
             "x\ufb01", "\u0130", "\u0130i", "i\u0130", "\u0149", "\u0149n",
             "\u01f0", "\u0390", "\u1e9e", "\u1f80", "\u1f88", "\u1f88\u1f88",
             "\u1fb3", "\u1fbc", "\u1ff3x", "\u01c4\u01c5\u01c6", "\u01c6\u01c6",
             "\u01c5\u01c5", "\u01c5a", "a\u01c5", "\u0345", "a\u0345", "\u0345a",
             "hello world", "HELLO WORLD", "hello WORLD", "don't stop", "they're bill's friends",
             "o'NEIL", "1st 2nd", "a1b2", "\u00e9t\u00e9", "\u00c9T\u00c9", "\u0434\u043e\u043c",
             "\u10d0\u10d1", "\u1c90\u1c91", "\uab70\u13a0", "\u13f8\u13f0",
             "\u2160\u2170", "\u24b6\u24d0", "\U00010400\U00010428", "\U0001e900\U0001e922",
             "\u0587", "\ufb13", "\u1e96", "\u1f50\u1f52", "\u03b0", "\u1fd3", "\u1fe3",
             "\u0131I", "i\u0307", "I\u0307", "\u212a\u2126\u212b", "\u00b5\u03bc",
             "\u017f\u017ft", "\ufb05\ufb06", "\u00aa\u00ba", "\u02b0x", "x\u02b0x",
             "A\u0300a", "\u0300a", "a\u0300A", "\u3042a", "a\u3042a", "\u01c4\u0301",
             "", " ", "\t\u03a3", "\u03a3\n"]
    for s in fixed:
        if s:
            emit(case_line(s))
    cased = sorted(flagsets["cased"])
    ign = sorted(flagsets["ignorable"])
    pool = set(rng.sample(cased, 120)) | set(rng.sample(ign, 60)) | set(special)
    pool |= set(flagsets["title"]) | {0x20, 0x27, 0x2E, 0x3A, 0x31, 0x41, 0x61, 0x5A, 0x7A,
                                      0x345, 0x2B0, 0xAD, 0x300, 0x2019, 0xD800, 0x3042,
                                      0x4E00, 0x660, 0x130, 0x131, 0x49, 0x69, 0x307}
    pool = sorted(pool) + [0x3A3] * 40
    for i in range(0, len(pool), 20):
        emit("RP " + hexs(pool[i:i + 20]))
    seed = x = 0x2545F491
    count, crc = 20000, 0
    for _ in range(count):
        x = xorshift32(x)
        n = 1 + x % 8
        cps = []
        for _ in range(n):
            x = xorshift32(x)
            cps.append(pool[x % len(pool)])
        s = "".join(map(chr, cps))
        for op in CASE_OPS:
            crc = zlib.crc32((hexs(map(ord, getattr(s, op)())) + "\n").encode("ascii"), crc)
    emit("R %X %d %08X" % (seed, count, crc))


def main():
    emit("# CPython %s, Unicode %s; generated by tools/gen_unicode_checks.py; do not edit"
         % (sys.version.split()[0], unicodedata.unidata_version))
    for tag, pred in (("S", lambda c: chr(c).isidentifier()),
                      ("C", lambda c: ("a" + chr(c)).isidentifier()),
                      ("P", lambda c: chr(c).isprintable())):
        for a, b in ranges_of(pred):
            emit("%s %X %X" % (tag, a, b))

    # NFKC: every single character it changes, then sequences.
    for c in range(MAXCP):
        ch = chr(c)
        if unicodedata.normalize("NFKC", ch) != ch:
            nfkc_line("K1", ch)
    fixed = [
        "e\u0301", "E\u0301\u0327", "E\u0327\u0301", "a\u0323\u0302", "a\u0302\u0323",
        "\u1100\u1161", "\u1100\u1161\u11a8", "\uac00\u11a8", "\uac01\u11a8",
        "\u1100\u1161\u0301\u11a8", "\u1100\u0301\u1161", "\u110b\u1175\u11c2",
        "\ufb01", "\u2460", "\u00bd", "\u1e9b\u0323", "\u0041\u030a", "\u212b",
        "\u0344", "\u0f73", "\u0f75", "\u0f81", "\u0958", "\u2adc", "\ufdfa",
        "\u3300", "\u00c5\u0301", "\u0061\u0328\u0301\u0328", "\u05d0\u05b7",
        "\u0b47\u0b3e", "\u0cc6\u0cc2\u0cd5", "\u0dd9\u0dcf\u0dca", "\u1025\u102e",
        "\U000110a5\U000110ba", "\U00011131\U00011127", "\U00011347\U0001133e",
        "\U000114b9\U000114ba", "\U000115b8\U000115af", "\U00011935\U00011930",
        "x\u0300\u0315\u0300\u05ae\u0301", "\u0300" * 40 + "\u0316" * 40,
        "".join(chr(0x300 + i % 0x70) for i in range(100)),
        "a\ud800\u0301", "\U0001d400\U0001d7ce", "\u2126\u212a", "\uff21\uff41",
    ]
    for s in fixed:
        nfkc_line("K", s)
    marks = [c for c in range(0x300, 0x370)] + [0x316, 0x323, 0x327, 0x328, 0x31b, 0x5b7,
                                                  0x93c, 0x94d, 0x1dce, 0x302a, 0x3099, 0x309a]
    starters = [ord(x) for x in "aeiouAEIOUcnsyzCNSYZ"] + [0xC5, 0xE9, 0x1E9B, 0x212B, 0x3C9,
                                                        0x391, 0x415, 0x418, 0x30AB, 0x30CF,
                                                        0x304B, 0x0B47, 0x0CC6, 0x0DD9, 0x1025]
    jamo = list(range(0x1100, 0x1113)) + list(range(0x1161, 0x1176)) + list(range(0x11A8, 0x11C3))
    syllables = [0xAC00, 0xAC01, 0xAC1C, 0xD7A3, 0xB098, 0xC0AC]
    compat = [0xFB01, 0x2460, 0xBD, 0x2126, 0xFF21, 0x1D400, 0x3300, 0x33C2, 0xFDFA, 0x2F800,
              0x1F100, 0x2003, 0xA0, 0x2153, 0x1E9E, 0x2075]
    pools = (marks, starters, jamo, syllables, compat)
    weights = (5, 4, 3, 1, 2)
    for _ in range(1500):
        n = rng.randint(1, 8)
        s = "".join(chr(rng.choice(rng.choices(pools, weights)[0])) for _ in range(n))
        nfkc_line("K", s)
    for _ in range(200):   # any assigned characters at all
        s = ""
        while len(s) < rng.randint(2, 6):
            c = rng.randrange(0x30000)
            if unicodedata.category(chr(c)) not in ("Cn", "Cs"):
                s += chr(c)
        nfkc_line("K", s)

    case_vectors()

    # Names.
    named = []
    for c in range(MAXCP):
        n = unicodedata.name(chr(c), None)
        if n is not None:
            named.append((c, n))
    blob = "".join("%X %s\n" % (c, n) for c, n in named).encode("ascii")
    emit("H %d %08X" % (len(named), zlib.crc32(blob)))
    for c in [0, 0x1F, 0x20, 0x41, 0x7F, 0xA0, 0x1A2, 0x3400, 0x4E00, 0x9FFF, 0xA000,
              0xAC00, 0xAC01, 0xD7A3, 0xD7A4, 0xD800, 0xE000, 0xF900, 0xFA6D, 0xFA6E,
              0xFDFA, 0xFEFF, 0x13000, 0x13460, 0x143FA, 0x143FB, 0x17000, 0x18800,
              0x18B00, 0x18D00, 0x1B170, 0x1F600, 0x20000, 0x2A6DF, 0x2A6E0, 0x2F800,
              0x323AF, 0x323B0, 0xE0001, 0xE0100, 0xE01EF, 0xF0000, 0x10FFFF]:
        n = unicodedata.name(chr(c), None)
        emit("M %X %s" % (c, n) if n else "M %X" % c)
    for c, n in rng.sample(named, 400):
        emit("M %X %s" % (c, n))

    candidates = []
    regular = [(c, n) for c, n in named
               if not n.startswith(("CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE "))]
    for c, n in rng.sample(regular, 2500):
        candidates.append(n)
        r = rng.random()
        if r < 0.3:
            candidates.append(n.lower())
        elif r < 0.6:
            candidates.append(mixed_case(n))
        elif r < 0.7:
            candidates.append(n + " ")
        elif r < 0.8:
            candidates.append(n[:-1])
        elif r < 0.9:
            candidates.append(n.replace(" ", "  ", 1))
        else:
            candidates.append(n.replace(" ", "-", 1))
    aliases = """NULL NUL LINE FEED LF NEL EOL BOM ZWJ ZWNJ SP NBSP SHY ALERT BEL
        VS1 VS16 VS17 VS256 VS257 VS0 FVS4 MVS""".split()
    candidates += aliases
    candidates += [a.lower() for a in aliases]
    candidates += ["LATIN CAPITAL LETTER GHA", "latin small letter gha", "LINE FEED", "line feed",
                   "CARRIAGE RETURN", "BYTE ORDER MARK", "TIBETAN MARK BKA- SHOG GI MGO RGYAN",
                   "HANGUL JONGSEONG YESIEUNG-KIYEOK", "CUNEIFORM SIGN KALAM",
                   "BAMUM LETTER PHASE-A MAEMGBIEE", "MENDE KIKAKUI SYLLABLE M172 MBO",
                   "MENDE KIKAKUI SYLLABLE M174 MBOO", "HENTAIGANA LETTER E-1",
                   "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS",
                   "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET",
                   "SINGLE-SHIFT-2", "PRIVATE USE-1", "INFORMATION SEPARATOR FOUR",
                   "KEYCAP NUMBER SIGN", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
                   "keycap number sign", "TAMIL CONSONANT K", "TIBETAN LETTER -A",
                   "tibetan letter -a", "TIBETAN LETTER A", "HANGUL JUNGSEONG O-E",
                   "HANGUL JUNGSEONG OE", "SNOWMAN", "snowman", "Snowman", " SNOWMAN",
                   "SNOWMAN ", "SNOW MAN", "SNOWMEN", "S", "A", "", "-", " ", "LATIN",
                   "LATIN SMALL LETTER", "LATIN SMALL LETTER A", "LATIN SMALL LETTER \u00c4",
                   "\u00e4", "LATIN SMALL LETTER A\u0301", "latin small letter a",
                   "LATIN SMALL LETTER A WITH ACUTE", "x" * 200,
                   "EGYPTIAN HIEROGLYPH A001", "egyptian hieroglyph a001",
                   "TANGUT COMPONENT-001", "tangut component-768", "TANGUT COMPONENT-769",
                   "TANGUT COMPONENT-1", "TANGUT IDEOGRAPH-17000", "TANGUT IDEOGRAPH-18D00"]
    # Names by rule: every range's ends and middle, in various spellings.
    prefixes = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "EGYPTIAN HIEROGLYPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-", "TANGUT IDEOGRAPH-"]
    probe = [0x3400, 0x4DBF, 0x4DC0, 0x4E00, 0x9FFF, 0xA000, 0xF900, 0xFA6D, 0xFA6E, 0xFA70,
             0xFAD9, 0xFADA, 0x13460, 0x143FA, 0x143FB, 0x17000, 0x187F7, 0x18B00, 0x18CD5,
             0x18CFF, 0x18D00, 0x1B170, 0x1B2FB, 0x1B2FC, 0x20000, 0x2A6DF, 0x2A6E0, 0x2A700,
             0x2B739, 0x2B73A, 0x2B740, 0x2EBE0, 0x2EE5D, 0x2EE5E, 0x2F800, 0x2FA1D, 0x2FA1E,
             0x30000, 0x3134A, 0x31350, 0x323AF, 0x323B0, 0x0041, 0x110000, 0xFFFFF]
    for p in prefixes:
        for c in probe:
            for digits in ("%04X" % c, "%05X" % c, "%04x" % c, "%06X" % c):
                candidates.append(p + digits)
            candidates.append(p.lower() + "%04X" % c)
            candidates.append(p.lower() + "%04x" % c)
        candidates += [p, p + "4E0", p + "4E00 ", p + "+4E00", p + " 4E00", p[:-1] + " 4E00"]
    for _ in range(300):
        c = rng.randrange(0x34000)
        candidates.append(rng.choice(prefixes) + "%04X" % c)
    # Hangul syllables: samples, every syllable's jamo split, and near misses.
    for c in [0xAC00, 0xAC01, 0xAC1B, 0xAC1C, 0xC544, 0xC545, 0xD7A3] + \
            rng.sample(range(0xAC00, 0xD7A4), 300):
        n = unicodedata.name(chr(c))
        candidates += [n, n.lower(), n + "X", n[:-1]]
    for tail in ["", "G", "GG", "GGG", "GA", "GAG", "GAGG", "GAGS", "GAGSS", "A", "AE", "AEG",
                 "YI", "YIH", "WEO", "WEOL", "WEOLG", "WE", "WEL", "X", "GX", "Ga", "ga", "GAL ",
                 " GA", "NGA", "NG", "SSANG", "JJWAELH", "HI", "HIH", "HIHH", "BBYAE", "YAEH",
                 "EU", "EUI", "OE", "OEE", "GGWAE"]:
        candidates.append("HANGUL SYLLABLE " + tail)
        candidates.append("hangul syllable " + tail)
    candidates.append("HANGUL SYLLABLE")
    seen = set()
    for n in candidates:
        if n not in seen and n and "}" not in n:
            seen.add(n)
            name_line(n)
    emit("X ")  # the empty name
    emit("E")
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
