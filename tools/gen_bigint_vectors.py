# Writes tests/unit/bigint_vectors.txt, the expected results of the bigint
# kernel (src/num/bigint*.c) computed by real CPython 3.14:
#   ../shared/tools/cpython314 tools/gen_bigint_vectors.py > tests/unit/bigint_vectors.txt
#
# One case per line: an operation name, its operands, the expected results.
# Numbers are hex ("-1f", "0") or, to keep the file small, generated:
# "@S.B" (or "-@S.B") is the number made from seed S with B bits by gen()
# below, which tests/unit/test_bigint.c repeats exactly (splitmix64).
# An operand may also be built as  atom ['*' atom] ['<<' N] ['+' hex]  (N
# decimal), e.g. "@5.900*@6.900+-1", to name big values in a few bytes.
# Long results are written as "#" + the FNV-1a 64 hash of their hex (or
# string) form.  Errors are "!" + the hex of "ExcType: message".
# "limit N" lines set sys.set_int_max_str_digits(N) for what follows.
import math, random, sys

M64 = (1 << 64) - 1
random.seed(20260314)

class SplitMix:
    def __init__(self, seed):
        self.s = seed & M64
    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)

def gen(seed, bits):
    """The number named @seed.bits: one of four shapes, chosen by the seed."""
    if bits == 0:
        return 0
    r = SplitMix(seed)
    kind = r.next() % 4
    mask = (1 << bits) - 1
    if kind <= 1:
        v = 0
        for i in range((bits + 63) // 64):
            if kind == 0:
                limb = r.next()
            else:   # runs of zeros and ones stress carries and borrows
                k = r.next() % 4
                limb = 0 if k == 0 else M64 if k == 1 else r.next()
            v |= limb << (64 * i)
        return (v & mask) | (1 << (bits - 1))
    if kind == 2:
        return mask ^ (r.next() % 4 & mask)
    return (1 << (bits - 1)) | (r.next() % 4 & mask)

def gen_digits(seed, n, base):
    r = SplitMix(seed)
    return ''.join('0123456789abcdefghijklmnopqrstuvwxyz'[r.next() % base] for _ in range(n))

seed_counter = [1000]
def rnd(bits, neg=None):
    """A random operand: returns (token, value)."""
    if neg is None:
        neg = random.random() < 0.4
    if bits <= 128:
        v = random.getrandbits(bits) if bits else 0
        if bits and random.random() < 0.5:
            v |= 1 << (bits - 1)
        if random.random() < 0.15 and bits:
            v = (1 << bits) - 1 - random.randrange(3) if bits > 2 else v
        v = -v if neg else v
        return hx(v), v
    seed_counter[0] += 1
    s = seed_counter[0]
    v = gen(s, bits)
    return ('-' if neg else '') + '@%d.%d' % (s, bits), (-v if neg else v)

def hx(v):
    return ('-' if v < 0 else '') + format(abs(v), 'x')

def fnv(s):
    h = 0xcbf29ce484222325
    for ch in s.encode():
        h = ((h ^ ch) * 0x100000001b3) & M64
    return '%016x' % h

def out_int(v):
    s = hx(v)
    return s if len(s) <= 40 else '#' + fnv(s)

def out_str(s):
    return s if len(s) <= 40 and s else '#' + fnv(s)

def err(e):
    return '!' + ('%s: %s' % (type(e).__name__, e)).encode().hex()

def penc(pieces):
    """A parse input: pieces (text, repeat) as hex[*repeat] joined by '.'."""
    out = []
    for text, rep in pieces:
        if not text: continue
        h = text.encode().hex()
        out.append(h if rep == 1 else '%s*%d' % (h, rep))
    return '.'.join(out) or '-'

def fl(x):
    return float.hex(x)

# Sizes in bits: small, around the 2^63 / 2^64 limb boundaries, multiples of
# the limb, around the Karatsuba thresholds (32 limbs = 2048 bits, squaring
# 48 limbs = 3072), and large.
BOUND = [1, 2, 31, 32, 33, 52, 53, 54, 62, 63, 64, 65, 66, 127, 128, 129, 191, 192, 193, 255, 256, 257]
def size_small():
    return random.choice(BOUND) if random.random() < 0.5 else random.randint(0, 300)
def size_any():
    r = random.random()
    if r < 0.35: return size_small()
    if r < 0.6: return random.randint(300, 2000)
    if r < 0.85: return random.choice([64 * k + d for k in (31, 32, 33, 47, 48, 49, 63, 64, 65, 95, 96, 97, 127, 128, 129) for d in (-1, 0, 1)])
    if r < 0.97: return random.randint(4000, 20000)
    return random.randint(20000, 120000)

def sized_pair(same_prob=0.3):
    a = size_any()
    b = a if random.random() < same_prob else size_any()
    return a, b

lines = []
def emit(*parts):
    lines.append(' '.join(str(p) for p in parts))

def op2(name, f, n, sizes=sized_pair):
    for _ in range(n):
        sa, sb = sizes()
        ta, a = rnd(sa)
        tb, b = rnd(sb)
        try:
            r = f(a, b)
            emit(name, ta, tb, out_int(r))
        except Exception as e:
            emit(name, ta, tb, err(e))

sys.set_int_max_str_digits(0)

# ---- add / sub / mul / bit ops -----------------------------------------
op2('add', lambda a, b: a + b, 1500)
op2('sub', lambda a, b: a - b, 1500)
op2('mul', lambda a, b: a * b, 2000)
# squares: the same operand twice
for _ in range(300):
    t, a = rnd(size_any())
    emit('mul', t, t, out_int(a * a))
op2('and', lambda a, b: a & b, 1000)
op2('or', lambda a, b: a | b, 1000)
op2('xor', lambda a, b: a ^ b, 1000)

# ---- division -----------------------------------------------------------
def div_sizes():
    a = size_any()
    r = random.random()
    if r < 0.4: b = random.randint(1, max(1, a))
    elif r < 0.6: b = random.choice([1, 2, 63, 64, 65, 128, 129])
    elif r < 0.8: b = max(0, a - random.randint(0, 70))
    else: b = size_any()
    return a, b
for _ in range(2000):
    sa, sb = div_sizes()
    ta, a = rnd(sa)
    tb, b = rnd(sb)
    if random.random() < 0.01: tb, b = '0', 0
    try:
        q, r = divmod(a, b)
        emit('divmod', ta, tb, out_int(q), out_int(r))
    except Exception as e:
        emit('divmod', ta, tb, err(e), err(e))
# exact multiples and near-multiples (remainder 0 / sign rules)
for _ in range(400):
    sa, sb = div_sizes()
    ta, a = rnd(sa)
    tb, b = rnd(max(sb, 1))
    while b == 0: tb, b = rnd(max(sb, 1))
    k = random.choice([0, 0, 1, -1])
    v = a * b + k
    emit('divmod', '%s*%s+%s' % (ta, tb, hx(k)), tb, out_int(v // b), out_int(v % b))

# quotient estimates that are one too large even after the two-limb test
# (Knuth D's rare add-back step): a = q * (b - 1) with b = 2^191 + 1
for q in [(1 << 64) - 1, 12345, 2**63 + 5, 2**64 - 2**32, 2]:
    for sh in [0, 1, 7, 63]:
        b = ((1 << 191) >> sh) + 1
        a = q * (b - 1)
        for sa, sb in [(1, 1), (-1, 1), (1, -1)]:
            emit('divmod', hx(sa * a), hx(sb * b), out_int(sa * a // (sb * b)), out_int(sa * a % (sb * b)))
        b = (1 << 255) + (5 << 64) + 3
        a = q * (b - 3) + q * 2
        emit('divmod', hx(a), hx(b), out_int(a // b), out_int(a % b))

# ---- true division --------------------------------------------------------
for _ in range(1600):
    r = random.random()
    if r < 0.3: sa, sb = random.randint(0, 70), random.randint(1, 70)
    elif r < 0.6: sa, sb = random.randint(0, 1200), random.randint(1, 1200)
    elif r < 0.8:
        sb = random.randint(1, 3000); sa = sb + random.randint(-1100, 1100)
        sa = max(0, sa)
    else: sa, sb = size_any(), max(1, size_any())
    ta, a = rnd(sa)
    tb, b = rnd(sb)
    if b == 0: continue
    try:
        emit('truediv', ta, tb, fl(a / b))
    except Exception as e:
        emit('truediv', ta, tb, err(e))
# ties and near-ties: a/b = odd multiple of half an ulp
for _ in range(500):
    m = random.getrandbits(53) | (1 << 52)
    e = random.randint(-1100, 1000)
    num = 2 * m + 1          # exactly between two doubles at scale 2^(e-1)
    tweak = random.choice([0, 0, 1, -1])
    bb = random.getrandbits(random.randint(1, 200)) | 1
    sg = random.choice(['', '-'])
    if e >= 1:
        a, b = (num * bb) << e, 2 * bb + tweak
        ta, tb = '%s%s*%s<<%d' % (sg, hx(num), hx(bb), e), hx(b)
        if sg: a = -a
    else:
        a, b = (-1 if sg else 1) * num * bb + tweak, bb << (1 - e)
        ta, tb = '%s%s*%s+%s' % (sg, hx(num), hx(bb), hx(tweak)), '%s<<%d' % (hx(bb), 1 - e)
    try:
        emit('truediv', ta, tb, fl(a / b))
    except Exception as e2:
        emit('truediv', ta, tb, err(e2))
emit('truediv', '1', '0', err(ZeroDivisionError('division by zero')))
emit('truediv', '0', '-5', fl(0 / -5))

# ---- pow -----------------------------------------------------------------
for _ in range(900):
    r = random.random()
    if r < 0.5: sa, e = random.randint(0, 130), random.randint(0, 80)
    elif r < 0.8: sa, e = random.randint(0, 700), random.randint(0, 40)
    else: sa, e = random.randint(0, 64), random.randint(0, 3000)
    ta, a = rnd(sa)
    if random.random() < 0.1:
        a = random.choice([0, 1, -1, 2, -2, 10, 4, -8, 1 << 64, 3 << 70]); ta = hx(a)
    emit('pow', ta, hx(e), out_int(a ** e))
for _ in range(900):
    r = random.random()
    sm = random.choice([1, 2, 30, 63, 64, 65, 128, 200, 500, 1000, 2100, 3100]) if r < 0.7 else random.randint(1, 4000)
    ta, a = rnd(random.randint(0, sm + 70))
    te, e = rnd(random.choice([0, 1, 2, 5, 20, 64, 65, 200, 1000, random.randint(1, 2000)]))
    tm, m = rnd(sm)
    if random.random() < 0.03: tm, m = '0', 0
    if random.random() < 0.02: tm, m = random.choice(['1', '-1']), int(random.choice(['1', '-1']))
    if e < 0 and random.random() < 0.5 and m != 0:
        # make the base invertible more often
        while math.gcd(a, m) != 1:
            a += 1
        ta = hx(a) if len(hx(a)) <= 400 else hx(a)
    try:
        emit('powmod', ta, te, tm, out_int(pow(a, e, m)))
    except Exception as ex:
        emit('powmod', ta, te, tm, err(ex))

# ---- shifts -----------------------------------------------------------------
for _ in range(1500):
    ta, a = rnd(size_any() if random.random() < 0.5 else size_small())
    n = random.choice([0, 1, 63, 64, 65, 127, 128, 129, random.randint(0, 200), random.randint(0, 5000)])
    if random.random() < 0.1: n = abs(a).bit_length() + random.randint(-2, 2)
    n = max(n, 0)
    emit('lshift', ta, hx(n), out_int(a << n))
    emit('rshift', ta, hx(n), out_int(a >> n))
emit('lshift', '5', '-1', err(ValueError('negative shift count')))
emit('rshift', '5', '-1', err(ValueError('negative shift count')))
emit('rshift', '-5', '10000000000000000000', out_int(-1))
emit('rshift', '5', '10000000000000000000', out_int(0))

# ---- unary: neg, invert, bit_length, bit_count, hash, cmp with 0 -------------
def h64(x):
    P = (1 << 61) - 1
    h = abs(x) % P
    if x < 0: h = -h
    return -2 if h == -1 else h
for _ in range(1200):
    ta, a = rnd(size_any() if random.random() < 0.3 else size_small())
    if random.random() < 0.02: ta, a = '0', 0
    emit('unary', ta, out_int(-a), out_int(~a), hx(a.bit_length()), hx(a.bit_count()),
         hx(h64(a)), out_int(abs(a)))
for v in [(1 << 61) - 1, (1 << 61) - 2, (1 << 61), -((1 << 61) - 1), -1, -2, 1 << 64, (1 << 122) - 1, -(1 << 200)]:
    emit('unary', hx(v), out_int(-v), out_int(~v), hx(v.bit_length()), hx(v.bit_count()), hx(h64(v)), out_int(abs(v)))

# ---- comparisons ---------------------------------------------------------------
for _ in range(1200):
    sa = size_any()
    sb = sa if random.random() < 0.5 else size_any()
    ta, a = rnd(sa)
    if random.random() < 0.2: tb, b = ta, a
    else: tb, b = rnd(sb)
    emit('cmp', ta, tb, (a > b) - (a < b))

# ---- int64 -----------------------------------------------------------------------
for v in [0, 1, -1, 2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64]:
    emit('i64', hx(v), hx(v) if -2**63 <= v < 2**63 else 'X', hx(v) if 0 <= v < 2**64 else 'X')
for _ in range(600):
    ta, a = rnd(random.randint(0, 130))
    emit('i64', ta, hx(a) if -2**63 <= a < 2**63 else 'X', hx(a) if 0 <= a < 2**64 else 'X')
I64 = [0, 1, -1, 2**63 - 1, -2**63, 2**62, -2**62, 2**32, 3037000499, 3037000500, -3037000500]
for _ in range(800):
    a = random.choice(I64) if random.random() < 0.3 else random.randint(-2**63, 2**63 - 1) >> random.randint(0, 62)
    b = random.choice(I64) if random.random() < 0.3 else random.randint(-2**63, 2**63 - 1) >> random.randint(0, 62)
    n = random.randint(0, 130)
    emit('ops64', hx(a), hx(b), hx(n), out_int(a + b), out_int(a - b), out_int(a * b), out_int(-a), out_int(a << n))

# ---- floats -----------------------------------------------------------------------
for _ in range(1500):
    r = random.random()
    if r < 0.5: sa = random.randint(0, 130)
    elif r < 0.9: sa = random.randint(100, 1030)
    else: sa = random.randint(1020, 1100)
    ta, a = rnd(sa)
    if random.random() < 0.2 and sa > 60:
        # halfway cases and their neighbours
        k = sa - 54
        m = (random.getrandbits(53) | (1 << 52)) * 2 + 1
        t = random.choice([0, 0, 1, -1])
        a = (m << k) + t
        ta = '%s<<%d+%s' % (hx(m), k, hx(t))
    try:
        emit('tod', ta, fl(float(a)))
    except Exception as e:
        emit('tod', ta, err(e))
for v in [2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024, 2**53 + 1, 2**54 + 2, 2**54 + 6]:
    for s in (1, -1):
        try: emit('tod', hx(s * v), fl(float(s * v)))
        except Exception as e: emit('tod', hx(s * v), err(e))
from fractions import Fraction
for _ in range(400):
    ta, a = rnd(random.choice([random.randint(0, 70), random.randint(0, 2000), size_any()]))
    if a == 0:
        emit('frexp', ta, fl(0.0), 0)
        continue
    bl = abs(a).bit_length()
    m = float(Fraction(abs(a), 1 << bl))      # correctly rounded
    e = bl
    if m == 1.0:
        m, e = 0.5, bl + 1
    emit('frexp', ta, fl(-m if a < 0 else m), hx(e))
FL = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 0.999999, 2.0**63, -2.0**63, 2.0**64, 1e300, -1e300, 1.7976931348623157e308, 5e-324, 2.0**53 + 2, 123456789.75]
for _ in range(1500):
    if random.random() < 0.2: f = random.choice(FL)
    else:
        f = math.ldexp(random.random() * 0.5 + 0.5, random.randint(-5, 1024)) * random.choice([1, -1])
    emit('fromd', fl(f), out_int(int(f)))
for _ in range(1800):
    ta, a = rnd(random.choice([random.randint(0, 70), random.randint(0, 1100), size_small()]))
    r = random.random()
    if r < 0.3:
        try: f = float(a) * random.choice([1, 1, -1])
        except OverflowError: f = float('inf')
    elif r < 0.5:
        try: f = math.nextafter(float(a), random.choice([math.inf, -math.inf]))
        except OverflowError: f = -float('inf')
    elif r < 0.6: f = random.choice([math.inf, -math.inf, math.nan, 0.0, -0.0, 0.5, -0.5])
    else:
        try: f = float(a) + random.choice([0.5, -0.5, 0.25, 1.0, -1.0])
        except OverflowError: f = 1e308
    c = 2 if f != f else (a > f) - (a < f)
    emit('cmpd', ta, fl(f), c)

# ---- gcd, isqrt ---------------------------------------------------------------------
for _ in range(1200):
    sa, sb = sized_pair(0.4)
    if random.random() < 0.5:
        sg = random.randint(0, min(sa, sb, 3000))
        tg, g = rnd(sg, False)
        tx, x = rnd(max(sa - sg, 0))
        ty, y = rnd(max(sb - sg, 0))
        a, b = g * x, g * y
        ta, tb = tx + '*' + tg, ty + '*' + tg
    else:
        ta, a = rnd(sa)
        tb, b = rnd(sb)
    emit('gcd', ta, tb, out_int(math.gcd(a, b)))
for a, b in [(0, 0), (0, -7), (-12, 18), (1 << 200, 1 << 100), ((1 << 127) - 1, (1 << 89) - 1)]:
    emit('gcd', hx(a), hx(b), out_int(math.gcd(a, b)))
for _ in range(1200):
    ta, a = rnd(size_any() if random.random() < 0.4 else size_small(), False)
    if random.random() < 0.3 and a > 1:
        k = random.choice([0, -1, 1])
        ta = '%s*%s+%s' % (ta, ta, hx(k))
        a = a * a + k
    emit('isqrt', ta, out_int(math.isqrt(a)))
emit('isqrt', '-1', err(ValueError('isqrt() argument must be nonnegative')))

# ---- bytes ----------------------------------------------------------------------------
for _ in range(1200):
    ta, a = rnd(random.choice([random.randint(0, 80), random.randint(0, 600), size_small()]))
    need = (a.bit_length() + 8) // 8
    n = max(0, need + random.randint(-2, 3))
    little = random.random() < 0.5
    signed = random.random() < 0.6
    try:
        b = a.to_bytes(n, 'little' if little else 'big', signed=signed)
        emit('tobytes', ta, hx(n), int(little), int(signed), out_str(b.hex()) if b else '-')
    except Exception as e:
        emit('tobytes', ta, hx(n), int(little), int(signed), err(e))
for _ in range(1200):
    n = random.choice([0, 1, 2, 7, 8, 9, 15, 16, 17, random.randint(0, 40), random.randint(0, 100)])
    b = bytes(random.getrandbits(8) if random.random() < 0.6 else random.choice([0, 255, 128, 127]) for _ in range(n))
    little = random.random() < 0.5
    signed = random.random() < 0.6
    emit('frombytes', b.hex() if b else '-', int(little), int(signed),
         out_int(int.from_bytes(b, 'little' if little else 'big', signed=signed)))

# ---- strings ----------------------------------------------------------------------------
sys.set_int_max_str_digits(0)
emit('limit', 0)
for _ in range(1500):
    base = random.choice([10, 10, 10, 2, 8, 16, 3, 7, 36, random.randint(2, 36)])
    ta, a = rnd(random.choice([size_small(), random.randint(0, 3000), size_any()]))
    if base == 10: s = str(a)
    elif base == 16: s = hx(a)
    elif base == 8: s = ('-' if a < 0 else '') + format(abs(a), 'o')
    elif base == 2: s = ('-' if a < 0 else '') + format(abs(a), 'b')
    else:
        # other bases: the digits come from divmod (no Python builtin)
        x, ds = abs(a), []
        while x:
            x, d = divmod(x, base)
            ds.append('0123456789abcdefghijklmnopqrstuvwxyz'[d])
        s = ('-' if a < 0 else '') + (''.join(reversed(ds)) or '0')
        assert int(s, base) == a
    emit('tostr', ta, base, out_str(s))
for _ in range(1500):
    base = random.choice([10, 10, 10, 2, 8, 16, 3, 7, 36, random.randint(2, 36)])
    n = random.choice([1, 2, 5, 18, 19, 20, 38, 39, 40, random.randint(1, 200), random.randint(1, 2000), random.randint(1, 30000)])
    seed_counter[0] += 1
    s = seed_counter[0]
    neg = random.random() < 0.3
    emit('fromdigits', base, ('-' if neg else '') + '$%d.%d' % (s, n), out_int((-1 if neg else 1) * int(gen_digits(s, n, base), base)))
# very large decimal conversions, both ways
for n in [50000, 120000, 300000]:
    seed_counter[0] += 1
    s = seed_counter[0]
    v = int(gen_digits(s, n, 10))
    emit('fromdigits', 10, '$%d.%d' % (s, n), out_int(v))
    seed_counter[0] += 1
    bits = n * 3
    emit('tostr', '@%d.%d' % (seed_counter[0], bits), 10, out_str(str(gen(seed_counter[0], bits))))

# int(str, base) syntax: random literals built from pieces
def literal():
    base = random.choice([0, 0, 0, 10, 10, 16, 8, 2, 36, random.randint(2, 36)])
    b = base or random.choice([10, 16, 8, 2])
    digits = ''.join(random.choice('0123456789abcdefghijklmnopqrstuvwxyz'[:b]) for _ in range(random.randint(0, 12)))
    if random.random() < 0.3:
        digits = '_'.join(digits[i:i + 3] for i in range(0, len(digits), 3))
    pre = ''
    if random.random() < 0.5 and b in (16, 8, 2):
        pre = {16: '0x', 8: '0o', 2: '0b'}[b]
        if random.random() < 0.5: pre = pre.upper()
        if random.random() < 0.3: pre += '_'
    sign = random.choice(['', '', '-', '+', '+-', ' - '])
    ws = lambda: random.choice(['', '', ' ', '\t', '\n ', '\x0b', '\x0c', '\r', '\x1c'])
    s = ws() + sign + pre + digits + ws()
    for _ in range(random.choice([0, 0, 0, 1, 2])):
        i = random.randint(0, len(s))
        s = s[:i] + random.choice(['_', '__', ' ', 'g', 'z', '0', '\x00', 'x', '.']) + s[i:]
    if random.random() < 0.1: s = random.choice(['0', '00', '0_0', '010', '0_7', '-0', '0x', '0b_', '_', ''])
    return s, base
for _ in range(2500):
    s, base = literal()
    try:
        v = int(s, base)
        res = out_int(v)
    except ValueError as e:
        res = '!' + ('ValueError: ' + str(e)).encode().hex() if 'Exceeds' in str(e) else '!syntax'
    emit('parse', base, penc([(s, 1)]), res)

# the digit limit, both directions, with the default 4300
sys.set_int_max_str_digits(4300)
emit('limit', 4300)
for n in [1, 640, 4299, 4300, 4301, 5000, 10000]:
    for pieces in [[('1', n)], [('9', n)], [('0', n)], [('-', 1), ('7', n)], [('1_', n - 1), ('1', 1)],
                   [('0x', 1), ('f', n)], [('  ', 1), ('3', n), (' x', 1)], [('5', n), ('_', 1)]]:
        lit = ''.join(t * r for t, r in pieces)
        for base in (0, 10, 16, 7):
            try:
                res = out_int(int(lit, base))
            except ValueError as e:
                res = '!' + ('ValueError: ' + str(e)).encode().hex() if 'Exceeds' in str(e) else '!syntax'
            emit('parse', base, penc(pieces), res)
for v in [10**4299, 10**4300 - 1, 10**4300, -10**4300 + 1, -10**4300, 2**14284, 2**14285, 10**5000]:
    try:
        res = out_str(str(v))
    except ValueError as e:
        res = err(e)
    emit('tostr', hx(v), 10, res)
    emit('tostr', hx(v), 16, out_str(hx(v)))

print('# bigint vectors: generated by tools/gen_bigint_vectors.py under CPython', sys.version.split()[0])
print('\n'.join(lines))
