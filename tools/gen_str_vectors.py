# Writes tests/unit/str_vectors.txt: run under CPython 3.14,
#   /work/shared/tools/cpython314 tools/gen_str_vectors.py > tests/unit/str_vectors.txt
#
# One case a line, tab-separated: OP ARGS... RESULT.  A field is
#   'TEXT   a str (UTF-8, surrogates in 3-byte form; every byte outside
#           0x20-0x7e, and '\', ',', '|', is written \xHH)
#   N       None;  123 / -4 an int;  [A,B,...] a list of 'TEXT fields
#   True / False;  !ExceptionName: message  (an exception)
# The C test computes the same RESULT text and compares.
import random
import sys

random.seed(20261130)
out = []


def esc(s):
    b = s.encode('utf-8', 'surrogatepass')
    r = []
    for c in b:
        if 0x20 <= c <= 0x7e and c not in (0x5c, 0x2c, 0x7c):
            r.append(chr(c))
        else:
            r.append('\\x%02x' % c)
    return ''.join(r)


def enc(v):
    if v is None:
        return 'N'
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return "'" + esc(v)
    if isinstance(v, (list, tuple)):
        return '[' + ','.join(enc(x) for x in v) + ']'
    raise TypeError(v)


def case(op, args, fn):
    try:
        r = enc(fn())
    except Exception as e:
        r = '!%s: %s' % (type(e).__name__, e)
    out.append('\t'.join([op] + [enc(a) for a in args] + [r]))


ALPHA = ['a', 'b', 'a', 'b', 'c', ' ', '\t', '\n', '\r', '\x1c', '\x85', '\u2028',
         '\u3000', '\xa0', '\xe9', '\u4e2d', '\U0001F600', '\u0301', '\ud800',
         '\udfff', '\xdf', 'A', '\u0130', '\u01c5', '\x0b', '\x0c', '1', '\u0663',
         '\u00bd', '_', '-', '+', '0', '\u03a3', 'x']
SMALL = ['a', 'b', '\xe9', '\U0001F600', '\ud800']


def rs(maxlen=10, alpha=ALPHA):
    return ''.join(random.choice(alpha) for _ in range(random.randint(0, maxlen)))


def ri():
    return random.choice([None, None, 0, 1, 2, 3, -1, -2, -3, 5, 100, -100,
                          random.randint(-12, 12)])


def needle_from(h):
    if h and random.random() < 0.6:
        i = random.randint(0, len(h))
        j = random.randint(i, min(len(h), i + 3))
        return h[i:j]
    return rs(3, SMALL)

# ---- search ----
for _ in range(480):
    h = rs(12, SMALL + ALPHA[:6])
    n = needle_from(h)
    st, en = ri(), ri()
    a0 = 0 if st is None else st
    a1 = 2**62 if en is None else en
    for op in ('find', 'rfind', 'count', 'startswith', 'endswith'):
        case(op, [h, n, st, en], lambda: getattr(h, op)(n, st, en))
    case('in', [h, n], lambda: n in h)
for h, n in [('abc', ''), ('', ''), ('abc', 'c'), ('abc', 'a'), ('aaa', 'aa'),
             ('\U0001F600\U0001F600', '\U0001F600')]:
    for st, en in [(None, None), (5, None), (3, None), (4, None), (-10, 2), (0, -10)]:
        for op in ('find', 'rfind', 'count', 'startswith', 'endswith'):
            case(op, [h, n, st, en], lambda: getattr(h, op)(n, st, en))
# huge and extreme indices (the oracle is 32-bit: it clamps them to its
# Py_ssize_t, which gives the same answers on these short strings)
for h, n in [('a\xe9b\U0001F600', 'b'), ('abc', ''), ('', '')]:
    for st, en in [(2**40, None), (-2**40, None), (None, -2**40), (None, 2**40),
                   (-2**62, 2**62), (2**62, -2**62)]:
        for op in ('find', 'rfind', 'count', 'startswith', 'endswith'):
            case(op, [h, n, st, en], lambda: getattr(h, op)(n, st, en))
    for a, b, c in [(-2**62, 2**62, 1), (2**62, -2**62, -1), (None, None, 2**62),
                    (None, None, -2**62), (1, None, -2**40)]:
        case('slice', [h, a, b, c], lambda: h[a:b:c])
# longer non-ASCII text: offsets walked from either end
for _ in range(150):
    h = rs(60, SMALL + ['\u4e2d', 'c'])
    n = needle_from(h)
    st, en = random.randint(-70, 70), random.randint(-70, 70)
    for op in ('find', 'rfind', 'count'):
        case(op, [h, n, st, en], lambda: getattr(h, op)(n, st, en))
    c = random.choice([1, 2, -1, -3, 7])
    case('slice', [h, st, en, c], lambda: h[st:en:c])
# long periodic inputs (needles at the ends, near misses)
for k in (50, 300):
    h = 'ab' * k + 'abc' + '\xe9' * k
    for n in ['ab' * 20 + 'c', 'b' + 'ab' * 30, '\xe9' * 7, 'ca', 'a' * 3]:
        for op in ('find', 'rfind', 'count'):
            case(op, [h, n, None, None], lambda: getattr(h, op)(n))

# ---- split family ----
for _ in range(390):
    s = rs(14)
    m = random.choice([-1, -1, 0, 1, 2, 3])
    case('split', [s, None, m], lambda: s.split(None, m))
    case('rsplit', [s, None, m], lambda: s.rsplit(None, m))
    sep = needle_from(s) if random.random() < 0.7 else random.choice(['a', ' ', '\xe9'])
    case('split', [s, sep, m], lambda: s.split(sep, m))
    case('rsplit', [s, sep, m], lambda: s.rsplit(sep, m))
    k = random.choice([0, 1])
    case('splitlines', [s, k], lambda: s.splitlines(bool(k)))
    case('partition', [s, sep], lambda: s.partition(sep))
    case('rpartition', [s, sep], lambda: s.rpartition(sep))
    chars = random.choice([None, needle_from(s), rs(3, ALPHA)])
    for op in ('strip', 'lstrip', 'rstrip'):
        case(op, [s, chars], lambda: getattr(s, op)(chars))
    old = needle_from(s)
    new = rs(3, SMALL)
    c = random.choice([-1, -1, 0, 1, 2, 5])
    case('replace', [s, old, new, c], lambda: s.replace(old, new, c))
    items = [rs(4) for _ in range(random.randint(0, 4))]
    case('join', [sep, items], lambda: sep.join(items))
    ts = random.choice([-1, 0, 1, 2, 4, 8])
    case('expandtabs', [s, ts], lambda: s.expandtabs(ts))
    w = random.randint(-1, 18)
    f = random.choice([' ', '*', '\xe9', '\U0001F600', '\ud800'])
    for op in ('center', 'ljust', 'rjust'):
        case(op, [s, w, f], lambda: getattr(s, op)(w, f))
    z = random.choice(['', '-', '+', '-1', '+\xe9'] ) + rs(4)
    case('zfill', [z, w], lambda: z.zfill(w))
    p = needle_from(s)
    case('removeprefix', [s, p], lambda: s.removeprefix(p))
    case('removesuffix', [s, p], lambda: s.removesuffix(p))
    n = random.choice([-1, 0, 1, 2, 3])
    case('mul', [s, n], lambda: s * n)
for s in ['', 'a', 'ab']:
    for sep in ['', 'a']:
        case('split', [s, sep, -1], lambda: s.split(sep))
        case('rsplit', [s, sep, -1], lambda: s.rsplit(sep))
        case('partition', [s, sep], lambda: s.partition(sep))
        case('rpartition', [s, sep], lambda: s.rpartition(sep))
    for old, new, c in [('', 'x', -1), ('', 'x', 0), ('', 'x', 1), ('', 'x', 2), ('', '', -1),
                        ('a', '', -1), ('a', 'xyz', 1)]:
        case('replace', [s, old, new, c], lambda: s.replace(old, new, c))
for s in ['a\r\nb\rc\n\nd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\x1fm', '\r\n', '\r', '\n\r', 'x\r\n']:
    for k in (0, 1):
        case('splitlines', [s, k], lambda: s.splitlines(bool(k)))
for s in ['\ta\tbb\tccc\r\td\n\t\xe9\t\U0001F600\t', '\t\t', 'abcdefgh\t']:
    for ts in (-5, 0, 1, 3, 8):
        case('expandtabs', [s, ts], lambda: s.expandtabs(ts))

# ---- slicing, predicates, characters ----
for _ in range(600):
    s = rs(10)
    a, b = ri(), ri()
    c = random.choice([None, 1, 1, 2, 3, -1, -1, -2, -3, 100, -100])
    case('slice', [s, a, b, c], lambda: s[a:b:c])
    case('len', [s], lambda: len(s))
    if s:
        i = random.randrange(len(s))
        case('charat', [s, i], lambda: s[i])
PREDS = ['isalpha', 'isdigit', 'isdecimal', 'isnumeric', 'isalnum', 'isspace', 'islower',
         'isupper', 'istitle', 'isidentifier', 'isprintable', 'isascii']
PALPHA = ['a', 'B', 'x', ' ', '1', '_', '\u0663', '\u00bd', '\u2460', '\xb2', '\u01c5',
          '\xdf', '\u0345', '\xaa', '\u4e2d', '\u0301', '\ud800', '\x85', '\u3000', '\U0001F600',
          '\u2167', '\u02b0', "'", '\u0130', '\u03a3', '\u1d2c']
for _ in range(350):
    s = rs(4, PALPHA) if random.random() < 0.8 else random.choice(PALPHA)
    for p in PREDS:
        case(p, [s], lambda: getattr(s, p)())
for s in ['', 'Ab Cd', 'AB', 'Ab', 'aB', '\u01c5a', 'A\u01c5', 'ǅ', 'Hello World', '_x1', '1x',
          'a b', 'A1B', "They'Re"]:
    for p in PREDS:
        case(p, [s], lambda: getattr(s, p)())


# ---- str.format ----
class T(str):
    def __format__(self, spec):
        return '<' + str(self) + ':' + spec + '>'


class P:
    def __init__(self, n):
        object.__setattr__(self, '_n', n)

    def __getattr__(self, a):
        return P(self._n + '.' + a)

    def __getitem__(self, k):
        return P('%s[%s%s]' % (self._n, 'i' if isinstance(k, int) else 's', k))

    def __repr__(self):
        return T('r' + self._n)

    def __str__(self):
        return T('s' + self._n)

    def __format__(self, spec):
        return '<' + self._n + ':' + spec + '>'


ARGS = [P(str(i)) for i in range(5)]
KW = {k: P(k) for k in ('a', 'b', 'xy', '\xe9')}
FPIECES = ['x', '{', '}', '{{', '}}', '{}', '{0}', '{1}', '{a}', '{zz}', '{9}', '{0.b}',
           '{0[1]}', '{a[xy]}', '{0!r}', '{!s}', '{0:>3}', '{:{}}', '{0:{1}x}', '!', ':', '.',
           '[', ']', '0', 'a', '{0:{1:{2}}}', '{0!x}', '{0[}', '{0.}', '{0[]}', '{0[1]x}',
           '{0[1]]}', '{\u0663}', '\xe9', '{\xe9}', '{0!', '{0!r', '{0!rr}', '{0:', '{0:{',
           '{ 0}', '{-1}', '{00}', '{0.a.b[2]}', '{0:{{}}}', '{0!\xe9}', '{99999999999999999999}',
           '{0[99999999999999999999]}', '{0:}}', '{0!s:}', '{a.xy[\xe9]}']


def do_format(f):
    return f.format(*ARGS, **KW)


for p in FPIECES:
    case('format', [p], lambda: do_format(p))
for _ in range(1250):
    f = ''.join(random.choice(FPIECES) for _ in range(random.randint(1, 4)))
    case('format', [f], lambda: do_format(f))


# ---- printf-style ----
class Q:
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return 's' + self.n

    def __repr__(self):
        return 'r' + self.n


PPIECES = ['x', '%', '%%', '%s', '%r', '%a', '%d', '%5s', '%-5s', '%.2s', '%*s', '%.*s', '%-*.*s',
           '%(a)s', '%(b)5r', '%(a', '%(a(b))s', '%y', '%\xe9', '%l', '%ls', '%hs', '%Ls', '%#0- +s',
           '%10', '%.', '%.5', '%*', '%99999999999999999999s', '%.99999999999999999999s',
           '%.2147483648s', '%x', '%c', '%f', '%(a)*s', '%z', '\xe9', ' ', '%05.1s']
for _ in range(1250):
    f = ''.join(random.choice(PPIECES) for _ in range(random.randint(1, 3)))
    nargs = random.randint(0, 3)
    if random.random() < 0.25:
        args = {'a': Q('a'), 'b': Q('b'), 'a(b)': Q('ab')}
        argtxt = ['M']
    else:
        vals = [random.choice([Q(str(i)), random.choice([-3, 0, 2, 7])]) for i in range(nargs)]
        args = tuple(vals)
        argtxt = [('Q' + v.n) if isinstance(v, Q) else str(v) for v in vals]
    case('percent', [f, argtxt], lambda: f % args)

sys.stdout.write('\n'.join(out) + '\n')
